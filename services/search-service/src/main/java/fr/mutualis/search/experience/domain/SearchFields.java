package fr.mutualis.search.experience.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields the search adds to a record so that it can be searched and faceted: the budget band, the year, and
 * the texts of nested parts (lessons, indicators, reusable assets, partners) flattened for full-text search.
 */
public final class SearchFields {

    /** Upper limits (exclusive) of the budget bands, in euros, and their codes. */
    private static final long[] BUDGET_LIMITS = {10_000, 50_000, 200_000, 1_000_000};
    private static final List<String> BUDGET_BANDS = List.of("moins-10k", "10k-50k", "50k-200k", "200k-1m", "1m-plus");
    public static final String NO_BUDGET = "non-renseigne";

    private SearchFields() {
    }

    public static String budgetBand(Number totalEuros) {
        if (totalEuros == null) {
            return NO_BUDGET;
        }
        int index = 0;
        while (index < BUDGET_LIMITS.length && totalEuros.longValue() >= BUDGET_LIMITS[index]) {
            index++;
        }
        return BUDGET_BANDS.get(index);
    }

    /** The year of the start date, else of the first publication, else of the creation. */
    public static int year(String startDate, String publishedAt, Instant createdAt) {
        if (startDate != null) {
            return LocalDate.parse(startDate).getYear();
        }
        Instant instant = publishedAt != null ? Instant.parse(publishedAt) : createdAt;
        return instant.atZone(ZoneOffset.UTC).getYear();
    }

    /**
     * The details of an event's {@code data} with the derived fields added.
     *
     * @param data the event's data as plain JSON values
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> derive(Map<String, Object> data, Instant createdAt) {
        Map<String, Object> fields = new LinkedHashMap<>(data);
        Map<String, Object> budget = (Map<String, Object>) data.get("budget");
        Number total = budget == null ? null : (Number) budget.get("totalEuros");
        fields.put("budgetBand", budgetBand(total));
        fields.put("year", year((String) data.get("startDate"), (String) data.get("publishedAt"), createdAt));
        Map<String, Object> lessons = (Map<String, Object>) data.get("lessons");
        fields.put("lessonsText", lessons == null ? "" : join(List.of(lessons.getOrDefault("wouldRedo", ""),
                lessons.getOrDefault("wouldNotRedo", ""))));
        fields.put("indicatorsText", join(values(data.get("indicators"), "label", "value")));
        fields.put("assetsText", join(values(data.get("reusableAssets"), "title", "licence")));
        fields.put("assetKinds", values(data.get("reusableAssets"), "kind"));
        fields.put("partnerNames", join(values(data.get("partners"), "name")));
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> values(Object list, String... keys) {
        List<Object> values = new ArrayList<>();
        if (list instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map) {
                    for (String key : keys) {
                        Object value = ((Map<String, Object>) map).get(key);
                        if (value != null) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        return values;
    }

    private static String join(List<Object> texts) {
        return texts.stream().filter(Objects::nonNull).map(Object::toString).filter(text -> !text.isBlank())
                .collect(Collectors.joining(" · "));
    }
}
