package fr.mutualis.marches.consultation.domain;

import java.math.BigDecimal;

/** A lot of a consultation: each is awarded, and published in the DECP, as a contract of its own. */
public record Lot(int numero, String intitule, BigDecimal estimatedAmount) {
}
