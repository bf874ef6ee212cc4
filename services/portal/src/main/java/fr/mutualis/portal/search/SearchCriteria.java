package fr.mutualis.portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a person asked on the search page, read from its address and checked: the text, the facet values (only the
 * facets search-service knows, so a crafted address cannot pass other parameters to the API), the sort, the page
 * within the API's result window, and the comparables. It writes both the API's query and the page's own links.
 *
 * @param text        the words searched, empty for the newest records
 * @param filters     facet name → values asked, in the order of {@link #FACETS}
 * @param sort        {@code pertinence}, {@code date}, or empty for the API's default
 * @param page        zero-based
 * @param comparables only the collectivités comparable to the signed-in person's
 * @param sameRegion  with {@code comparables}: in the same région only
 * @param asTyped     the text as typed, never replaced by its spelling correction
 */
record SearchCriteria(String text, Map<String, List<String>> filters, String sort, int page, boolean comparables,
                      boolean sameRegion, boolean asTyped) {

    /** The facets of search-service's {@code /api/search}, in the order the page shows them. */
    static final List<String> FACETS = List.of("axis", "actionCategory", "policyDomain", "step", "kind", "region",
            "departement", "populationBand", "profile", "budgetBand", "year");
    static final List<String> SORTS = List.of("pertinence", "date");
    static final int PAGE_SIZE = 10;
    /** search-service answers pages within its first 10,000 results. */
    static final int MAX_PAGES = 10_000 / PAGE_SIZE;
    /** The API's limits: longer would be a 400 instead of a page. */
    static final int MAX_TEXT = 500;
    static final int MAX_VALUE = 100;
    static final String PAGE_PATH = "/recherche";

    SearchCriteria {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /** The criteria of the request's parameters; unknown parameters and impossible values are left out. */
    static SearchCriteria from(MultiValueMap<String, String> parameters) {
        String text = Optional.ofNullable(parameters.getFirst("q")).map(String::strip).orElse("");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<String> values = parameters.getOrDefault(facet, List.of()).stream()
                    .filter(value -> value != null && !value.isBlank() && value.length() <= MAX_VALUE)
                    .map(String::strip).distinct().toList();
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        String asked = parameters.getFirst("sort");
        String sort = asked != null && SORTS.contains(asked) ? asked : "";
        boolean comparables = "oui".equals(parameters.getFirst("comparables"));
        return new SearchCriteria(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, filters, sort,
                page(parameters.getFirst("page")), comparables, comparables && "oui".equals(parameters.getFirst("memeRegion")),
                "oui".equals(parameters.getFirst("telQuel")));
    }

    /** The page's number from 1 in the address, zero-based here; out of the API's window → the nearest page. */
    private static int page(String number) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(number.strip()), MAX_PAGES)) - 1;
        } catch (NumberFormatException | NullPointerException notANumber) {
            return 0;
        }
    }

    /**
     * The query of {@code /api/search} for this page.
     *
     * @param mySiren the signed-in person's collectivité, for the comparables; empty for a visitor
     */
    String apiQuery(Optional<String> mySiren) {
        MultiValueMap<String, String> query = filterParameters();
        query.add("page", String.valueOf(page));
        query.add("size", String.valueOf(PAGE_SIZE));
        addComparablesAndAsTyped(query, mySiren);
        return encode(query);
    }

    /**
     * The query of {@code /api/search/export}: every result of this search, as CSV; those of its correction when the
     * page shows them.
     */
    String apiExportQuery(Optional<String> mySiren) {
        MultiValueMap<String, String> query = filterParameters();
        query.add("format", "csv");
        addComparablesAndAsTyped(query, mySiren);
        return encode(query);
    }

    private void addComparablesAndAsTyped(MultiValueMap<String, String> query, Optional<String> mySiren) {
        if (comparables) {
            mySiren.ifPresent(siren -> {
                query.add("comparableTo", siren);
                if (sameRegion) {
                    query.add("memeRegion", "true");
                }
            });
        }
        if (asTyped) {
            query.add("telQuel", "true");
        }
    }

    /** The text, facets and sort, without page nor comparables: what the API and the page's address share. */
    private MultiValueMap<String, String> filterParameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (!text.isEmpty()) {
            parameters.add("q", text);
        }
        FACETS.forEach(facet -> filters.getOrDefault(facet, List.of()).forEach(value -> parameters.add(facet, value)));
        if (!sort.isEmpty()) {
            parameters.add("sort", sort);
        }
        return parameters;
    }

    /** This search's address at zero-based {@code otherPage}. */
    String pageUrl(int otherPage) {
        return withPage(otherPage).url();
    }

    /** This search's address. */
    String url() {
        return url(PAGE_PATH, true);
    }

    /** The address of the CSV export of every result of this search. */
    String exportUrl() {
        return url(PAGE_PATH + "/export", false);
    }

    private String url(String path, boolean withPage) {
        MultiValueMap<String, String> parameters = filterParameters();
        if (comparables) {
            parameters.add("comparables", "oui");
            if (sameRegion) {
                parameters.add("memeRegion", "oui");
            }
        }
        if (asTyped) {
            parameters.add("telQuel", "oui");
        }
        if (withPage && page > 0) {
            parameters.add("page", String.valueOf(page + 1));
        }
        String query = encode(parameters);
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The same search without the facet value {@code facet=value}, back to the first page. */
    SearchCriteria without(String facet, String value) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(fewer.getOrDefault(facet, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            fewer.remove(facet);
        } else {
            fewer.put(facet, values);
        }
        return new SearchCriteria(text, fewer, sort, 0, comparables, sameRegion, asTyped);
    }

    /** The same search without the comparables, back to the first page. */
    SearchCriteria withoutComparables() {
        return new SearchCriteria(text, filters, sort, 0, false, false, asTyped);
    }

    SearchCriteria withText(String otherText) {
        return new SearchCriteria(otherText, filters, sort, 0, comparables, sameRegion, false);
    }

    /** The same search, its text as typed: not replaced by a correction. */
    SearchCriteria withTextAsTyped() {
        return new SearchCriteria(text, filters, sort, 0, comparables, sameRegion, true);
    }

    SearchCriteria withSort(String otherSort) {
        return new SearchCriteria(text, filters, otherSort, 0, comparables, sameRegion, asTyped);
    }

    SearchCriteria withPage(int otherPage) {
        return new SearchCriteria(text, filters, sort, otherPage, comparables, sameRegion, asTyped);
    }

    boolean isSelected(String facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    /** Form encoding (a space as {@code +}, a {@code +} as {@code %2B}), as a browser sends a GET form. */
    private static String encode(MultiValueMap<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(value ->
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return query.toString();
    }
}
