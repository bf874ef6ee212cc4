/**
 * Demonstration actes of the Département de la Gironde, in every state of their life, loaded at start-up when
 * {@code mutualis.demo.enabled=true}, through the other modules' use cases only.
 */
@ApplicationModule(allowedDependencies = {"acte::application", "acte::domain", "circuit::application",
        "transmission::application", "publication::application"})
package fr.mutualis.demat.demo;

import org.springframework.modulith.ApplicationModule;
