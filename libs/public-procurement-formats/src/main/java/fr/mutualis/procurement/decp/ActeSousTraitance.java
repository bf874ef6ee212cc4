package fr.mutualis.procurement.decp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An acte spécial de sous-traitance notified by the acheteur; {@code id} is its sequence number within the marché. */
public record ActeSousTraitance(int id, Titulaire sousTraitant, int dureeMois, LocalDate dateNotification,
        LocalDate datePublicationDonnees, BigDecimal montant, VariationPrix variationPrix) {

    public ActeSousTraitance {
        Objects.requireNonNull(sousTraitant, "sousTraitant");
        Objects.requireNonNull(dateNotification, "dateNotification");
        Objects.requireNonNull(datePublicationDonnees, "datePublicationDonnees");
        Objects.requireNonNull(montant, "montant");
        Objects.requireNonNull(variationPrix, "variationPrix");
    }
}
