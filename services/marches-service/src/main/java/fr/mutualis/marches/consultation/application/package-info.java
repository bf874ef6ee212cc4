/**
 * The consultations' use cases, and the one way the other modules change a consultation
 * ({@link fr.mutualis.marches.consultation.application.ConsultationChanges}).
 */
@NamedInterface("application")
package fr.mutualis.marches.consultation.application;

import org.springframework.modulith.NamedInterface;
