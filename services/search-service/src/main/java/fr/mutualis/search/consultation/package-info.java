/**
 * The published consultations of the marchés service: every event of {@code mutualis.consultation.events} upserts
 * the consultation's public snapshot (all its states are public), served by a public French full-text search
 * ({@code GET /api/consultations}) that lists the open ones first, for the portal, integrators and webhooks. It
 * depends only on the shared plumbing.
 */
@ApplicationModule(allowedDependencies = {"shared::domain", "shared::elasticsearch", "shared::messaging",
        "shared::web"})
package fr.mutualis.search.consultation;

import org.springframework.modulith.ApplicationModule;
