/**
 * The territory: the official referential of collectivités (communes, EPCI, départements, régions, syndicats), its
 * import and its reads. It depends on no other module; membership builds on it.
 */
@ApplicationModule(allowedDependencies = {})
package fr.mutualis.referential.territory;

import org.springframework.modulith.ApplicationModule;
