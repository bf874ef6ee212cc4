package fr.mutualis.portal.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/experiences} and {@code PUT /api/experiences/{id}} ({@code ExperienceRecordCommand})
 * built from what the person typed. An empty field is left out of the body: the API reads a missing field as none
 * (a PUT replaces the whole record, so a field emptied in the form is cleared). Numbers and dates the API could not
 * even read are refused here, with the API's field names, so that the page shows them like the API's own errors.
 *
 * @param body     the JSON body, only meaningful when {@code problems} is empty
 * @param problems API field name → French message, for what the portal could not turn into the API's types
 */
record RecordRequest(Map<String, Object> body, Map<String, String> problems) {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Spaces a French reader puts between thousands, and the euro sign some type after the amount. */
    private static final Pattern AMOUNT_DECORATION = Pattern.compile("[\\s\\u00a0\\u202f€]");
    private static final Pattern PARTNER_SEPARATORS = Pattern.compile("[\\n,;]+");

    /** @param siren the signed-in agent's collectivité, which owns the record */
    static RecordRequest of(RecordForm form, String siren) {
        form.withoutBlankRows();
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        putText(body, "title", form.getTitle());
        putText(body, "summary", form.getSummary());
        putText(body, "description", form.getDescription());
        body.put("siren", siren);
        putList(body, "partnerSirens", partnerSirens(form.getPartnerSirens()));
        putList(body, "axes", form.getAxes().stream().filter(code -> !RecordForm.isBlank(code)).toList());
        putText(body, "actionCategory", form.getActionCategory());
        putList(body, "policyDomains", form.getPolicyDomains().stream().filter(code -> !RecordForm.isBlank(code)).toList());
        putText(body, "step", form.getStep());
        putDate(body, problems, "startDate", form.getStartDate());
        putDate(body, problems, "endDate", form.getEndDate());
        putObject(body, "budget", budget(form, problems));
        putText(body, "results", form.getResults());
        putList(body, "indicators", form.getIndicators().stream().map(indicator -> entry(
                "label", indicator.getLabel(), "value", indicator.getValue())).toList());
        putObject(body, "lessons", entry("wouldRedo", form.getWouldRedo(), "wouldNotRedo", form.getWouldNotRedo()));
        putList(body, "reusableAssets", form.getReusableAssets().stream().map(asset -> entry("kind", asset.getKind(),
                "title", asset.getTitle(), "url", asset.getUrl(), "licence", asset.getLicence())).toList());
        putList(body, "links", form.getLinks().stream().map(link -> entry("title", link.getTitle(),
                "url", link.getUrl())).toList());
        putObject(body, "contact", contact(form.getContact()));
        return new RecordRequest(body, problems);
    }

    private static Map<String, Object> budget(RecordForm form, Map<String, String> problems) {
        Map<String, Object> budget = new LinkedHashMap<>();
        putAmount(budget, problems, "totalEuros", "budget.totalEuros", form.getTotalEuros(),
                "Indiquez le budget total en euros, en chiffres (par exemple 120 000).");
        List<Map<String, Object>> fundings = new ArrayList<>();
        List<RecordForm.Funding> rows = form.getFundings();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> funding = entry("funder", rows.get(i).getFunder());
            putAmount(funding, problems, "amountEuros", "budget.fundings[" + i + "].amountEuros",
                    rows.get(i).getAmountEuros(), "Indiquez le montant du financement en euros, en chiffres.");
            fundings.add(funding);
        }
        putList(budget, "fundings", fundings);
        return budget;
    }

    /** The contact as typed, consent included: the API refuses a contact without it, with its own message. */
    private static Map<String, Object> contact(RecordForm.Contact contact) {
        if (contact.blank()) {
            return Map.of();
        }
        Map<String, Object> fields = entry("name", contact.getName(), "role", contact.getRole(),
                "email", contact.getEmail(), "phone", contact.getPhone());
        fields.put("consent", contact.isConsent());
        return fields;
    }

    private static List<String> partnerSirens(String typed) {
        if (RecordForm.isBlank(typed)) {
            return List.of();
        }
        // « 213 502 388 » as printed on a SIRENE notice is the SIREN 213502388.
        return Arrays.stream(PARTNER_SEPARATORS.split(typed)).map(siren -> siren.replaceAll("\\s", ""))
                .filter(siren -> !siren.isEmpty()).toList();
    }

    /** The non-blank texts of {@code namesAndValues} (name, value, name, value…), stripped. */
    private static Map<String, Object> entry(String... namesAndValues) {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            putText(entry, namesAndValues[i], namesAndValues[i + 1]);
        }
        return entry;
    }

    private static void putText(Map<String, Object> body, String name, String text) {
        if (!RecordForm.isBlank(text)) {
            body.put(name, text.strip());
        }
    }

    private static void putList(Map<String, Object> body, String name, List<?> values) {
        if (!values.isEmpty()) {
            body.put(name, values);
        }
    }

    private static void putObject(Map<String, Object> body, String name, Map<String, Object> object) {
        if (!object.isEmpty()) {
            body.put(name, object);
        }
    }

    private static void putDate(Map<String, Object> body, Map<String, String> problems, String name, String typed) {
        if (RecordForm.isBlank(typed)) {
            return;
        }
        String date = typed.strip();
        try {
            if (ISO_DATE.matcher(date).matches()) {
                body.put(name, LocalDate.parse(date).toString());
                return;
            }
        } catch (DateTimeParseException notADay) {
            // told below, like a text that is no date at all
        }
        problems.put(name, "Indiquez une date qui existe, au format AAAA-MM-JJ (par exemple 2025-09-01).");
    }

    private static void putAmount(Map<String, Object> body, Map<String, String> problems, String name,
                                  String apiField, String typed, String message) {
        if (RecordForm.isBlank(typed)) {
            return;
        }
        try {
            body.put(name, Long.parseLong(AMOUNT_DECORATION.matcher(typed).replaceAll("")));
        } catch (NumberFormatException notAnAmount) {
            problems.put(apiField, message);
        }
    }
}
