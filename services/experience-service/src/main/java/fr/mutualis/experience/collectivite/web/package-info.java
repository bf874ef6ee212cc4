/** The collectivité a signed-in user acts for ({@code SignedInAgent}), which the other modules' controllers ask. */
@NamedInterface("web")
package fr.mutualis.experience.collectivite.web;

import org.springframework.modulith.NamedInterface;
