/** What both features' controllers throw for an unknown reference collectivité ({@code comparableTo}). */
@NamedInterface("web")
package fr.mutualis.search.shared.web;

import org.springframework.modulith.NamedInterface;
