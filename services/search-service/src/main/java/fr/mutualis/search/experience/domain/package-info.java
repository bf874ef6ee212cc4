/** The search's model and ports: the API of the experience module. */
@NamedInterface("domain")
package fr.mutualis.search.experience.domain;

import org.springframework.modulith.NamedInterface;
