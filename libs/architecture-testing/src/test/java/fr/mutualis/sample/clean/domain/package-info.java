/** The API of a module: a package-info may carry framework annotations. */
@NamedInterface("domain")
package fr.mutualis.sample.clean.domain;

import org.springframework.modulith.NamedInterface;
