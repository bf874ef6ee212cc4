/** The experience records: writing, publishing, archiving and erasing them, and their events. */
@ApplicationModule(allowedDependencies = {"collectivite::domain", "collectivite::web"})
package fr.mutualis.experience.record;

import org.springframework.modulith.ApplicationModule;
