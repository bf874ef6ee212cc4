package fr.mutualis.portal.administration;

import java.time.LocalDate;
import java.util.Map;

/**
 * The form that records a member's departure: {@code DELETE /api/adhesions/{siren}?le=…}.
 *
 * @param dateDepart as typed, JJ/MM/AAAA; empty for today, as the API decides
 */
record DepartureForm(String dateDepart) {

    static final Map<String, String> FIELDS = FormErrors.fields("le", "date-depart");

    static DepartureForm today(LocalDate today) {
        return new DepartureForm(FormDates.typed(today));
    }

    /** The {@code le} parameter, or {@code null} for today. */
    LocalDate leftOn() {
        return FormDates.day(dateDepart, "date-depart");
    }
}
