/**
 * The Elasticsearch client, its JSON calls and the index bootstraps the features' adapters use; versioned writes,
 * the hits of an answer and multi-select facets, which the public searches (actes, consultations) share.
 */
@NamedInterface("elasticsearch")
package fr.mutualis.search.shared.elasticsearch;

import org.springframework.modulith.NamedInterface;
