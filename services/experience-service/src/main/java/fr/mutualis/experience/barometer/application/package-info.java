/** The barometer's use case, which the demonstration data goes through. */
@NamedInterface("application")
package fr.mutualis.experience.barometer.application;

import org.springframework.modulith.NamedInterface;
