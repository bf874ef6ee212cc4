/** The acte and its rules, plain Java: metadata as @CTES knows it, the lifecycle and its history. */
@NamedInterface("domain")
package fr.mutualis.demat.acte.domain;

import org.springframework.modulith.NamedInterface;
