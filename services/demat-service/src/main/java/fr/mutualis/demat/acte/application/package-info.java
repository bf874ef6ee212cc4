/** The acte's use cases, and the one way the other modules change an acte ({@link fr.mutualis.demat.acte.application.ActeChanges}). */
@NamedInterface("application")
package fr.mutualis.demat.acte.application;

import org.springframework.modulith.NamedInterface;
