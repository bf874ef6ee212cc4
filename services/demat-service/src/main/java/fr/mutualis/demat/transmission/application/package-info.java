/** The transmission module's use cases, which the demo data drive. */
@NamedInterface("application")
package fr.mutualis.demat.transmission.application;

import org.springframework.modulith.NamedInterface;
