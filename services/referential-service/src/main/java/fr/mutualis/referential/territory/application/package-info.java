/** The territory's use cases, the API other modules call. */
@NamedInterface("application")
package fr.mutualis.referential.territory.application;

import org.springframework.modulith.NamedInterface;
