/**
 * The syndicate's membership: which collectivités are members, since when, of which shared services, and its events.
 * A member is a collectivité of the territory, read through the territory's use cases and model.
 */
@ApplicationModule(allowedDependencies = {"territory::application", "territory::domain"})
package fr.mutualis.referential.membership;

import org.springframework.modulith.ApplicationModule;
