/** Demonstration data, loaded through the other modules' use cases only. */
@ApplicationModule(allowedDependencies = {"barometer::application", "barometer::domain", "collectivite::domain",
        "record::application", "record::domain"})
package fr.mutualis.experience.demo;

import org.springframework.modulith.ApplicationModule;
