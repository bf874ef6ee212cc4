/** Contracts and their rules, plain Java. */
@NamedInterface("domain")
package fr.mutualis.marches.award.domain;

import org.springframework.modulith.NamedInterface;
