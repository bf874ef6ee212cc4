/**
 * Consultations of the buyers: drafted, published with their DCE and key holders, the registre des retraits,
 * questions and answers, closed at the deadline; the other modules change a consultation only through
 * {@code ConsultationChanges}.
 */
@ApplicationModule(allowedDependencies = {"files"})
package fr.mutualis.marches.consultation;

import org.springframework.modulith.ApplicationModule;
