/** The barometer: a collectivité's self-assessment, the profile it earns, and its events. */
@ApplicationModule(allowedDependencies = {"collectivite::domain", "collectivite::web", "record::domain"})
package fr.mutualis.experience.barometer;

import org.springframework.modulith.ApplicationModule;
