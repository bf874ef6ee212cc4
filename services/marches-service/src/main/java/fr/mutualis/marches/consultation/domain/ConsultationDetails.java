package fr.mutualis.marches.consultation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a buyer writes of a consultation, already checked against the nomenclatures (CPV, the DECP's procedures and
 * natures) by the application layer; the consultation checks the rules between the values.
 *
 * @param reference       the buyer's own number of the consultation, unique per buyer
 * @param cpv             a CPV 2008 code with its check digit, e.g. {@code 72000000-5}
 * @param procedure       the DECP's label, e.g. {@code Procédure adaptée}
 * @param nature          the DECP's label, e.g. {@code Marché}
 * @param category        travaux, fournitures or services
 * @param estimatedAmount euros HT, for the whole consultation
 * @param deadline        the instant bids must be received by (entered as Europe/Paris local time)
 */
public record ConsultationDetails(String reference, String objet, String cpv, String procedure, String nature,
                                  Category category, List<Lot> lots, BigDecimal estimatedAmount,
                                  PlaceOfExecution placeOfExecution, Instant deadline) {

    public ConsultationDetails {
        lots = List.copyOf(lots);
    }

    /** The three kinds of public contracts of the code de la commande publique. */
    public enum Category {
        TRAVAUX, FOURNITURES, SERVICES;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
