/**
 * What the features' controllers share: the strict checks of a public search's parameters and their 400 problem,
 * the exception for an unknown reference collectivité ({@code comparableTo}), and the 503 answered while the index
 * cannot be reached.
 */
@NamedInterface("web")
package fr.mutualis.search.shared.web;

import org.springframework.modulith.NamedInterface;
