package fr.mutualis.portal.administration;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form that adds an entry to the search vocabulary: the body of {@code POST /api/vocabulaire/entrees}.
 *
 * @param type   {@code synonymes}, {@code sigle} or {@code mot-protege}
 * @param termes one term per line, as typed
 */
record VocabularyEntryForm(String type, String termes) {

    /** The API's fields → the form's. */
    static final Map<String, String> FIELDS = FormErrors.fields("kind", "type", "terms", "termes");
    /** The kinds, in the order of the form, with their French names. */
    static final Map<String, String> KINDS = kinds();

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("synonymes", "Synonymes");
        kinds.put("sigle", "Sigle");
        kinds.put("mot-protege", "Mot protégé");
        return Collections.unmodifiableMap(kinds);
    }

    static VocabularyEntryForm empty() {
        return new VocabularyEntryForm("synonymes", "");
    }

    Map<String, Object> toRequest() {
        List<String> terms = termes == null ? List.of()
                : Arrays.stream(termes.split("\\R")).map(String::strip).filter(term -> !term.isEmpty()).toList();
        return Map.of("kind", type == null ? "" : type, "terms", terms);
    }

    public boolean is(String kind) {
        return kind.equals(type);
    }
}
