package fr.mutualis.marches.award.application;

import java.math.BigDecimal;
import java.util.List;

/** The award of a consultation as the buyer sends it: one line per lot (no lot number without lots). */
public record AwardCommand(List<LotAward> attributions) {

    /**
     * The DECP's words; lists default to the DECP's "none" value when absent.
     *
     * @param montant euros HT
     * @param tauxAvance the advance as a share of the amount (0.05 = 5 %), with {@code attributionAvance}
     */
    public record LotAward(Integer lot, List<HolderCommand> titulaires, BigDecimal montant, Integer dureeMois,
                           String formePrix, List<String> typesPrix, String ccag, List<String> techniques,
                           List<String> modalitesExecution, String typeGroupementOperateurs, Boolean marcheInnovant,
                           List<String> considerationsSociales, List<String> considerationsEnvironnementales,
                           Boolean sousTraitanceDeclaree, Boolean attributionAvance, BigDecimal tauxAvance) {
    }

    /** @param denomination the company's name, as the buyer knows it */
    public record HolderCommand(String typeIdentifiant, String id, String denomination) {
    }

    /** A notification: the date the holder received the signed contract. */
    public record NotificationCommand(String dateNotification) {
    }

    /** An avenant: what changes, and when it was notified. */
    public record ModificationCommand(String objet, Integer dureeMois, BigDecimal montant,
                                      List<HolderCommand> titulaires, String dateNotification) {
    }
}
