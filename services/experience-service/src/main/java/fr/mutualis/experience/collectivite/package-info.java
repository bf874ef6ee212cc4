/**
 * The collectivités as experience-service knows them: the members referential read from referential-service, and
 * the collectivité a signed-in agent acts for. It depends on no other module; records and the barometer build on it.
 */
@ApplicationModule(allowedDependencies = {})
package fr.mutualis.experience.collectivite;

import org.springframework.modulith.ApplicationModule;
