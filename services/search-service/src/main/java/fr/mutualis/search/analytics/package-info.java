/**
 * The search journal: each search with text kept without anything that tells who made it (no account, no address, no
 * session; e-mail addresses and numbers in the text masked), the clicks it led to, and for the syndicate's
 * administrators the most frequent queries that found nothing or led to no click, so that the vocabulary grows from
 * real use. It implements a port of the experience search's domain.
 */
@ApplicationModule(allowedDependencies = {"experience::domain", "shared::domain", "shared::elasticsearch",
        "shared::web"})
package fr.mutualis.search.analytics;

import org.springframework.modulith.ApplicationModule;
