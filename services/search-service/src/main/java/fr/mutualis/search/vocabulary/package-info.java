/**
 * The syndicate's domain vocabulary (synonyms, acronyms, protected words), from its events: kept in Elasticsearch,
 * applied to the text of each experience search as it stands at the time, with no restart and no new index
 * (ADR 0030). It implements a port of the experience search's domain.
 */
@ApplicationModule(allowedDependencies = {"experience::domain", "shared::domain", "shared::elasticsearch",
        "shared::messaging"})
package fr.mutualis.search.vocabulary;

import org.springframework.modulith.ApplicationModule;
