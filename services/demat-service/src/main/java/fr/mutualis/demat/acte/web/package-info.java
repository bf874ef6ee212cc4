/** The acte's HTTP API, and what the other modules' controllers share: the signed-in actor, the acte's answer. */
@NamedInterface("web")
package fr.mutualis.demat.acte.web;

import org.springframework.modulith.NamedInterface;
