/**
 * The benchmark tool: the barometer's self-assessments, indexed from their events, and the study's charts for a
 * population of peers. It builds on the experience search's domain (peers, labels) and the shared plumbing.
 */
@ApplicationModule(allowedDependencies = {"experience::domain", "shared::domain", "shared::elasticsearch",
        "shared::web"})
package fr.mutualis.search.benchmark;

import org.springframework.modulith.ApplicationModule;
