/**
 * What the features' index ports share: what the index did with a change, and the failures they report; what the
 * public searches share: their facets' shape and counts, and the result window.
 */
@NamedInterface("domain")
package fr.mutualis.search.shared.domain;

import org.springframework.modulith.NamedInterface;
