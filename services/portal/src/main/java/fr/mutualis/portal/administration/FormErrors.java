package fr.mutualis.portal.administration;

import fr.mutualis.portal.shared.calls.ServiceProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a form of the administration, to be said next to each field and summed up at the top: the
 * service's French messages under the form's field ids. A refusal that names no field of the form (a conflict, an
 * unknown collectivité) is said at the top only.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), List.of(), 200);

    private final Map<String, String> byField;
    private final List<String> general;
    private final int status;

    private FormErrors(Map<String, String> byField, List<String> general, int status) {
        this.byField = byField;
        this.general = general;
        this.status = status;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** A field the portal itself could not read (e.g. a date written otherwise than JJ/MM/AAAA). */
    static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message), List.of(), 422);
    }

    /**
     * The API's fields and the form's ids that show them, in the order of the form's fields (the order of the
     * summary): {@code fields("adhesionDate", "date-adhesion", "services", "services")}.
     */
    static Map<String, String> fields(String... apiFieldThenFormField) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < apiFieldThenFormField.length; i += 2) {
            fields.put(apiFieldThenFormField[i], apiFieldThenFormField[i + 1]);
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * @param formFieldOf the form's field id of each field the API may name, in the form's order ({@link #fields});
     *                    an API field {@code services[1]} is looked up as {@code services}
     */
    static FormErrors from(ServiceProblem problem, Map<String, String> formFieldOf) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        formFieldOf.forEach((apiField, field) -> problem.fieldErrors().forEach((refused, message) -> {
            if (root(refused).equals(apiField)) {
                byField.putIfAbsent(field, message);
            }
        }));
        problem.fieldErrors().forEach((refused, message) -> {
            if (!formFieldOf.containsKey(root(refused))) {
                general.add(message);
            }
        });
        if (byField.isEmpty() && general.isEmpty()) {
            general.add(problem.detail());
        }
        return new FormErrors(Collections.unmodifiableMap(byField), List.copyOf(general), statusOf(problem));
    }

    /** {@code services[1]} → {@code services}, {@code address.city} → {@code address}. */
    private static String root(String apiField) {
        return apiField.split("[\\[.]", 2)[0];
    }

    /** 422 for a refused input; the service's status otherwise (409, 404), a failing service's as 502. */
    private static int statusOf(ServiceProblem problem) {
        if (!problem.fieldErrors().isEmpty() || problem.status() == 400) {
            return 422;
        }
        return problem.status() >= 500 ? 502 : problem.status();
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message of {@code field}, or {@code null}. */
    public String of(String field) {
        return byField.get(field);
    }

    /** Field id → message, for the summary's links. */
    public Map<String, String> fields() {
        return byField;
    }

    /** Messages that belong to no field. */
    public List<String> general() {
        return general;
    }

    /** The page's HTTP status when the form comes back with these errors. */
    public int status() {
        return status;
    }
}
