package fr.mutualis.demat.circuit.domain;

import fr.mutualis.demat.acte.domain.ActeRuleException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person lets another of the same collectivité act for them in circuits from {@code startsOn} to {@code endsOn}
 * (inclusive); a delegation by an élu lets the delegate take the steps meant for any élu.
 */
public record Delegation(UUID id, String siren, String delegatorEmail, boolean delegatorElu, String delegateEmail,
                         LocalDate startsOn, LocalDate endsOn) {

    public static final int MAX_DAYS = 366;

    public Delegation {
        if (delegateEmail == null || !delegateEmail.matches("[^@\\s]{1,64}@[^@\\s]{1,255}")) {
            throw new ActeRuleException("delegataire", "L'adresse électronique du délégataire est invalide.");
        }
        if (delegateEmail.equalsIgnoreCase(delegatorEmail)) {
            throw new ActeRuleException("delegataire", "On ne se délègue pas à soi-même.");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new ActeRuleException("au", "La période de délégation va d'une date à une date égale ou postérieure.");
        }
        if (startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
            throw new ActeRuleException("au", "Une délégation dure un an au plus.");
        }
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
