/**
 * The legal open data of the buyer profile: the essential data of each buyer's contracts (DECP 2.0.3, from
 * 40,000 € HT, with their modifications) and the same as an OCDS 1.1 release package.
 */
@ApplicationModule(allowedDependencies = {"award::domain", "award::application", "consultation::domain"})
package fr.mutualis.marches.opendata;

import org.springframework.modulith.ApplicationModule;
