package fr.mutualis.demat.acte.application;

import java.time.LocalDate;

/** The metadata an agent writes: nature 1–6, matière code of the classification, number, objet, decision date. */
public record ActeCommand(Integer nature, String matiere, String numero, String objet, LocalDate dateDecision) {
}
