/** The Elasticsearch client, its JSON calls and the index bootstraps both features' adapters use. */
@NamedInterface("elasticsearch")
package fr.mutualis.search.shared.elasticsearch;

import org.springframework.modulith.NamedInterface;
