package fr.mutualis.portal.administration;

import java.util.List;
import java.util.Map;

/**
 * The form that creates an integrator: {@code POST /api/integrators}, then {@code PUT /api/integrators/{name}/grants}
 * with the topics checked (the API grants them apart from the creation).
 *
 * @param sujets the public topics checked
 */
record IntegratorForm(String nom, String organisation, String contact, List<String> sujets) {

    static final Map<String, String> FIELDS = FormErrors.fields("name", "nom", "organisation", "organisation",
            "contactEmail", "contact", "topics", "sujets");

    IntegratorForm {
        sujets = sujets == null ? List.of() : List.copyOf(sujets);
    }

    static IntegratorForm empty() {
        return new IntegratorForm("", "", "", List.of());
    }

    Map<String, Object> toRegistration() {
        return Map.of("name", strip(nom), "organisation", strip(organisation), "contactEmail", strip(contact));
    }

    /** The body of the grants' replacement: exactly these topics, none for an empty list. */
    static Map<String, Object> grants(List<String> topics) {
        return Map.of("topics", topics == null ? List.of() : List.copyOf(topics));
    }

    public boolean checks(String topic) {
        return sujets.contains(topic);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
