/**
 * What the features' controllers share: the exception for an unknown reference collectivité ({@code comparableTo}),
 * and the 503 answered while the index cannot be reached.
 */
@NamedInterface("web")
package fr.mutualis.search.shared.web;

import org.springframework.modulith.NamedInterface;
