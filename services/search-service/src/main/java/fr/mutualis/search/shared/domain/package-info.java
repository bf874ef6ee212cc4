/** The failures both features' ports report. */
@NamedInterface("domain")
package fr.mutualis.search.shared.domain;

import org.springframework.modulith.NamedInterface;
