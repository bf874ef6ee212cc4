package fr.mutualis.portal.administration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form that grants an adhesion or changes its services: the body of {@code PUT /api/adhesions/{siren}}.
 *
 * @param dateAdhesion as typed, JJ/MM/AAAA
 * @param services     the codes of the checked services
 */
record AdhesionForm(String dateAdhesion, List<String> services) {

    /** The API's fields → the form's. */
    static final Map<String, String> FIELDS = FormErrors.fields("adhesionDate", "date-adhesion", "services", "services");

    AdhesionForm {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** A new adhesion starts today unless the person says otherwise; a current one shows what it is. */
    static AdhesionForm of(Adhesion current, LocalDate today) {
        return current == null || !current.current()
                ? new AdhesionForm(FormDates.typed(today), List.of())
                : new AdhesionForm(FormDates.typed(LocalDate.parse(current.adhesionDate())), current.services());
    }

    /** @throws UnreadableFieldException when the date is not a date; a missing one is the API's to refuse */
    Map<String, Object> toRequest() {
        LocalDate day = FormDates.day(dateAdhesion, "date-adhesion");
        Map<String, Object> body = new HashMap<>();
        body.put("adhesionDate", day == null ? null : day.toString());
        body.put("services", services);
        return body;
    }

    public boolean checks(String service) {
        return services.contains(service);
    }
}
