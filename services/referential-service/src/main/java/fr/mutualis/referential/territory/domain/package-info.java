/** The territory's model: the descriptor of a collectivité other modules read. */
@NamedInterface("domain")
package fr.mutualis.referential.territory.domain;

import org.springframework.modulith.NamedInterface;
