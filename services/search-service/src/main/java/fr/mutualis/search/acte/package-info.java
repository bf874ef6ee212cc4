/**
 * The published actes administratifs of the démat service: indexed from {@code mutualis.acte.events} when they are
 * public (state {@code publie} or {@code archive}), removed otherwise, and served by a public French full-text search
 * ({@code GET /api/actes}). It depends only on the shared plumbing, not on the experience search.
 */
@ApplicationModule(allowedDependencies = {"shared::domain", "shared::elasticsearch", "shared::messaging",
        "shared::web"})
package fr.mutualis.search.acte;

import org.springframework.modulith.ApplicationModule;
