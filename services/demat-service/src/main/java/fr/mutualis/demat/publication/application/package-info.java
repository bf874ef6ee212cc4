/** The publication module's use cases, which the demo data drive. */
@NamedInterface("application")
package fr.mutualis.demat.publication.application;

import org.springframework.modulith.NamedInterface;
