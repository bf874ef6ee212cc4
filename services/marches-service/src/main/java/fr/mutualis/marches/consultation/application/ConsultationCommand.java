package fr.mutualis.marches.consultation.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A consultation as a buyer writes it (the API's body, in the DECP's words where it has them).
 *
 * @param codeCpv      a CPV 2008 code, with or without its check digit ({@code 72000000-5} or {@code 72000000})
 * @param procedure    a DECP procedure, e.g. {@code Procédure adaptée}
 * @param nature       a DECP nature, {@code Marché} by default
 * @param categorie    {@code travaux}, {@code fournitures} or {@code services}
 * @param montantEstime euros HT
 * @param dateLimite   local time in Europe/Paris, {@code 2027-01-15T12:00} (seconds allowed)
 */
public record ConsultationCommand(String reference, String objet, String codeCpv, String procedure, String nature,
                                  String categorie, List<LotCommand> lots, BigDecimal montantEstime,
                                  PlaceCommand lieuExecution, String dateLimite) {

    public record LotCommand(Integer numero, String intitule, BigDecimal montantEstime) {
    }

    /** @param typeCode a DECP kind of code, {@code Code commune} by default */
    public record PlaceCommand(String code, String typeCode) {
    }
}
