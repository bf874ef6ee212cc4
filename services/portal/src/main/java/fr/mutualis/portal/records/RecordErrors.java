package fr.mutualis.portal.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals of a record's form, placed next to their inputs: the API names fields as its JSON does
 * ({@code title}, {@code axes[1]}, {@code budget.fundings[0].funder}, {@code contact.consent}), the page's inputs have
 * ids derived from the same names ({@link #inputIdOf}). A field the page has no input for (the SIREN, which comes from
 * the sign-in) is said in the summary only.
 */
public final class RecordErrors {

    /** Fields whose whole list is one group of inputs (checkboxes, one text area, rows). */
    private static final Set<String> GROUPS = Set.of("axes", "policyDomains", "partnerSirens", "fundings", "indicators",
            "reusableAssets", "links");
    /** Fields shown by the sign-in, not by an input. */
    private static final Set<String> WITHOUT_INPUT = Set.of("siren");
    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final String PREFIX = "fiche-";

    /** A line of the summary: {@code inputId} is null when no input carries the error. */
    public record Item(String inputId, String message) {
    }

    private final Map<String, List<String>> byInput = new LinkedHashMap<>();
    private final List<Item> summary = new ArrayList<>();
    private final String general;

    private RecordErrors(String general) {
        this.general = general;
    }

    static RecordErrors none() {
        return new RecordErrors(null);
    }

    /**
     * @param fieldErrors API field name → French message
     * @param general     what to say above the list, e.g. a refusal that names no field; null if the list says it all
     */
    static RecordErrors of(Map<String, String> fieldErrors, String general) {
        RecordErrors errors = new RecordErrors(general);
        fieldErrors.forEach((field, message) -> {
            String input = inputIdOf(field);
            if (input != null) {
                errors.byInput.computeIfAbsent(input, id -> new ArrayList<>()).add(message);
            }
            errors.summary.add(new Item(input, message));
        });
        return errors;
    }

    /**
     * The id of the input (or group of inputs) that carries the API field's error: {@code title} →
     * {@code fiche-title}, {@code budget.fundings[0].funder} → {@code fiche-fundings-0-funder},
     * {@code axes[1]} → {@code fiche-axes}, {@code contact.consent} → {@code fiche-contact-consent}; null for a field
     * without input.
     */
    static String inputIdOf(String apiField) {
        // The form flattens the API's budget and lessons objects: their fields are inputs of their own.
        String field = apiField.replaceFirst("^(budget|lessons)\\.", "");
        if (field.isEmpty() || WITHOUT_INPUT.contains(field)) {
            return null;
        }
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            return PREFIX + kebab(row.group(1)) + "-" + row.group(2) + "-" + kebab(row.group(3));
        }
        String head = field.split("[\\[.]", 2)[0];
        if (GROUPS.contains(head)) {
            return PREFIX + kebab(head);
        }
        return PREFIX + kebab(field.replace('.', '-'));
    }

    private static String kebab(String name) {
        return CAMEL_HUMP.matcher(name).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    public boolean any() {
        return general != null || !summary.isEmpty();
    }

    public String general() {
        return general;
    }

    public List<Item> summary() {
        return summary;
    }

    /** Does the input of the API field {@code name} have an error. */
    public boolean has(String name) {
        return byInput.containsKey(inputIdOf(name));
    }

    /** The message(s) of the input of the API field {@code name}, or null. */
    public String of(String name) {
        List<String> messages = byInput.get(inputIdOf(name));
        return messages == null ? null : String.join(" ", messages);
    }

    /** The input's id for the API field {@code name}, e.g. {@code contact.email} → {@code fiche-contact-email}. */
    public String id(String name) {
        return inputIdOf(name);
    }

    /** The ids that describe the input: its hint when it has one, then its error; null when none. */
    public String describedBy(String name, boolean hinted) {
        String id = inputIdOf(name);
        StringJoiner ids = new StringJoiner(" ");
        if (hinted) {
            ids.add(id + "-aide");
        }
        if (has(name)) {
            ids.add(id + "-erreur");
        }
        return ids.length() == 0 ? null : ids.toString();
    }
}
