package fr.mutualis.marches.consultation.domain;

/**
 * Where the contract is carried out, as the DECP's {@code lieuExecution}.
 *
 * @param code     an INSEE code of commune, a postal code, a département… as {@code typeCode} says
 * @param typeCode the DECP's label of the kind of code, e.g. {@code Code commune}
 */
public record PlaceOfExecution(String code, String typeCode) {
}
