package fr.mutualis.marches.consultation.domain;

/**
 * A company that holds a contract (titulaire), identified as the DECP identifies it.
 *
 * @param identifierType the DECP's {@code typeIdentifiant}: SIRET, TVA, TAHITI, RIDET, FRWF, IREP or HORS-UE
 * @param name           its name as the buyer knows it (dénomination sociale)
 */
public record Holder(String identifierType, String id, String name) {
}
