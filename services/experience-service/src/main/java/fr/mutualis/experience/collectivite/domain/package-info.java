/** The collectivité and the directory port other modules use; the referential adapter stays internal. */
@NamedInterface("domain")
package fr.mutualis.experience.collectivite.domain;

import org.springframework.modulith.NamedInterface;
