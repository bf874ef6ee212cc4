/** The records' use cases, which the demonstration data goes through. */
@NamedInterface("application")
package fr.mutualis.experience.record.application;

import org.springframework.modulith.NamedInterface;
