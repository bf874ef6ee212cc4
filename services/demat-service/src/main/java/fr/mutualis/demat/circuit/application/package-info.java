/** The circuit module's use cases, which the demo data drive. */
@NamedInterface("application")
package fr.mutualis.demat.circuit.application;

import org.springframework.modulith.NamedInterface;
