/** The barometer's model: the answers the use case takes. */
@NamedInterface("domain")
package fr.mutualis.experience.barometer.domain;

import org.springframework.modulith.NamedInterface;
