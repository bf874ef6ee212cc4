package fr.mutualis.portal.administration;

import java.util.HashMap;
import java.util.Map;

/**
 * The form that registers what the official referential lacks: the SIREN of a département's or région's council, or
 * a syndicat — the body of {@code PUT /api/collectivites/{siren}}.
 *
 * @param type {@code departement}, {@code region} or {@code syndicat}
 * @param nom  the syndicat's name (the councils take theirs from the referential)
 * @param code the département's or région's code, e.g. 29, 2A, 974 or 53
 */
record RegistrationForm(String siren, String type, String nom, String code) {

    static final Map<String, String> FIELDS = FormErrors.fields("kind", "type", "siren", "siren", "code", "code", "name", "nom");

    static RegistrationForm empty() {
        return new RegistrationForm("", "departement", "", "");
    }

    /**
     * The SIREN of the path, without the spaces people copy from the SIRENE directory (« 223 300 013 »).
     *
     * @throws UnreadableFieldException when it is not 9 digits: the path would not even reach the API's rule
     */
    String sirenDigits() {
        String digits = siren == null ? "" : siren.replace(" ", "");
        if (!digits.matches("[0-9]{9}")) {
            throw new UnreadableFieldException("siren", "Le SIREN doit comporter exactement 9 chiffres, par exemple "
                    + "223300013.");
        }
        return digits;
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", type);
        body.put("name", blankToNull(nom));
        body.put("code", blankToNull(code));
        return body;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
