package fr.mutualis.procurement.decp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A modification of a marché after its first publication; DECP never rewrites the initial data, it appends these.
 * The new duration, amount and titulaires are {@code null} / empty when unchanged.
 *
 * @param id sequence number within the marché, from 1, in the order of notification
 */
public record Modification(int id, Integer dureeMois, BigDecimal montant, List<Titulaire> titulaires,
        LocalDate dateNotificationModification, LocalDate datePublicationDonneesModification) {

    public Modification {
        Objects.requireNonNull(dateNotificationModification, "dateNotificationModification");
        Objects.requireNonNull(datePublicationDonneesModification, "datePublicationDonneesModification");
        titulaires = titulaires == null ? List.of() : List.copyOf(titulaires);
    }
}
