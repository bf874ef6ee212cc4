/**
 * Publication of acknowledged actes: the stamped copy ("Envoyé en préfecture le …", "Reçu en préfecture le …",
 * "Publié le …", "ID : …"), the public text for search, archiving, and the open data of published actes (SCDL
 * "délibérations" fields, CSV and JSON, per collectivité and year).
 */
@ApplicationModule(allowedDependencies = {"acte::domain", "acte::application", "acte::web", "files"})
package fr.mutualis.demat.publication;

import org.springframework.modulith.ApplicationModule;
