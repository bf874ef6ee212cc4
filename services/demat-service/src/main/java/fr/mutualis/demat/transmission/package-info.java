/**
 * Transmission to the contrôle de légalité through a tiers de télétransmission (S²LOW-like, to @CTES): the envelope
 * of metadata, the acte and its annexes; the préfecture's answers (AR, refusal, demande de pièces complémentaires)
 * read back; annulation. The platform only knows the {@link fr.mutualis.demat.transmission.domain.Teletransmission}
 * port: a real tiers replaces the adapter.
 */
@ApplicationModule(allowedDependencies = {"acte::domain", "acte::application", "acte::web", "files"})
package fr.mutualis.demat.transmission;

import org.springframework.modulith.ApplicationModule;
