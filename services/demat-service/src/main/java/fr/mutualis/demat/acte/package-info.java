/**
 * Actes administratifs: their metadata as @CTES knows them, their documents, their lifecycle with its append-only
 * history, and their events. The other modules change an acte only through {@code ActeChanges}.
 */
@ApplicationModule(allowedDependencies = {"files"})
package fr.mutualis.demat.acte;

import org.springframework.modulith.ApplicationModule;
