package fr.mutualis.portal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the search page shows, computed from the criteria and the API's answer, so that the template only places it:
 * the count, the results with their highlights, the facets, the active filters with their removal, the sort, the
 * pages and the correction.
 *
 * @param count         « 23 retours d'expérience »
 * @param results       the records of this page
 * @param facets        the facets that have values, in the API's order
 * @param activeFilters what narrows the search now, each with the address without it
 * @param sorts         the orders the results may take
 * @param correction    the likelier spelling and its address, or null
 * @param correctedText the correction searched instead of the text, which has a word in no record; or null
 * @param asTyped       with {@code correctedText}: the search of the text as typed
 * @param pagination    the links between pages
 * @param exportUrl     the CSV of every result
 */
record SearchPage(String count, List<Result> results, List<FacetGroup> facets, List<ActiveFilter> activeFilters,
                  List<Link> sorts, Link correction, String correctedText, Link asTyped, Pagination pagination,
                  String exportUrl) {

    /** A record in the list: its title and summary as sanitized HTML, what situates it. */
    record Result(String url, String titleHtml, String summaryHtml, List<String> context, List<String> axes) {
    }

    /** @param open unfolded when one of its values is chosen */
    record FacetGroup(String name, String title, boolean open, List<Option> options) {
    }

    /** @param inputId unique in the page, for the label */
    record Option(String inputId, String code, String label, long count, boolean checked) {
    }

    record ActiveFilter(String label, String removeUrl) {
    }

    record Link(String label, String url, boolean current) {
    }

    static SearchPage of(SearchCriteria criteria, SearchAnswer answer) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        answer.facets().forEach(facet -> facet.values().forEach(value ->
                labels.computeIfAbsent(facet.name(), name -> new HashMap<>()).put(value.code(), value.label())));
        return new SearchPage(count(answer.total(), Boolean.TRUE.equals(answer.totalEstimated())),
                answer.hits().stream().map(hit -> result(hit, answer.searchId(), labels)).toList(),
                facets(criteria, answer),
                activeFilters(criteria, answer, labels),
                List.of(new Link("Pertinence", criteria.withSort("pertinence").url(), isRelevance(criteria)),
                        new Link("Date de publication", criteria.withSort("date").url(), !isRelevance(criteria))),
                isBlank(answer.didYouMean()) || !isBlank(answer.correctedQuery()) ? null
                        : new Link(answer.didYouMean(), criteria.withText(answer.didYouMean()).url(), false),
                isBlank(answer.correctedQuery()) ? null : answer.correctedQuery(),
                isBlank(answer.correctedQuery()) ? null
                        : new Link(criteria.text(), criteria.withTextAsTyped().url(), false),
                Pagination.of(answer.total(), criteria.page(), SearchCriteria.PAGE_SIZE, SearchCriteria.MAX_PAGES,
                        criteria::pageUrl),
                criteria.exportUrl());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** @param estimated the total is an estimate: « Environ 690 000 retours d'expérience » */
    static String count(long total, boolean estimated) {
        if (total == 0) {
            return "Aucun retour d'expérience";
        }
        String count = total == 1 ? "1 retour d'expérience"
                : String.format(java.util.Locale.FRANCE, "%,d retours d'expérience", total).replace('\u202f', '\u00a0');
        return estimated ? "Environ " + count : count;
    }

    /** The API's default: by relevance with words, newest first without. */
    private static boolean isRelevance(SearchCriteria criteria) {
        return criteria.sort().isEmpty() ? !criteria.text().isEmpty() : criteria.sort().equals("pertinence");
    }

    /** @param searchId added to the record's address, so that its page reports that the search led to it */
    private static Result result(SearchAnswer.Hit hit, String searchId, Map<String, Map<String, String>> labels) {
        Map<String, Object> record = hit.record();
        Map<?, ?> collectivite = record.get("collectivite") instanceof Map<?, ?> map ? map : Map.of();
        Map<?, ?> departement = collectivite.get("departement") instanceof Map<?, ?> map ? map : Map.of();
        List<String> context = Stream.of(collectivite.get("name"), departement.get("name"),
                        label(labels, "step", record.get("step")), record.get("year"))
                .filter(Objects::nonNull).map(String::valueOf).toList();
        return new Result("/recherche/fiches/" + hit.id() + (searchId == null ? "" : "?depuis=" + searchId),
                HighlightedText.html(hit.highlights().get("title"), hit.title()),
                HighlightedText.html(summaryFragments(hit), hit.summary()),
                context, hit.axes().stream().map(axis -> label(labels, "axis", axis)).toList());
    }

    /** The summary's fragments, else the description's: where the words were found. */
    private static List<String> summaryFragments(SearchAnswer.Hit hit) {
        List<String> summary = hit.highlights().getOrDefault("summary", List.of());
        return summary.isEmpty() ? hit.highlights().getOrDefault("description", List.of()) : summary;
    }

    private static String label(Map<String, Map<String, String>> labels, String facet, Object code) {
        return code == null ? null : labels.getOrDefault(facet, Map.of()).getOrDefault(code.toString(), code.toString());
    }

    private static List<FacetGroup> facets(SearchCriteria criteria, SearchAnswer answer) {
        return answer.facets().stream()
                .filter(facet -> SearchCriteria.FACETS.contains(facet.name()) && !facet.values().isEmpty())
                .map(facet -> {
                    List<Option> options = new ArrayList<>();
                    for (int index = 0; index < facet.values().size(); index++) {
                        SearchAnswer.Value value = facet.values().get(index);
                        options.add(new Option("filtre-" + facet.name() + "-" + index, value.code(), value.label(),
                                value.count(), criteria.isSelected(facet.name(), value.code())));
                    }
                    return new FacetGroup(facet.name(), facet.title(),
                            options.stream().anyMatch(Option::checked), List.copyOf(options));
                }).toList();
    }

    private static List<ActiveFilter> activeFilters(SearchCriteria criteria, SearchAnswer answer,
                                                    Map<String, Map<String, String>> labels) {
        Map<String, String> titles = new HashMap<>();
        answer.facets().forEach(facet -> titles.put(facet.name(), facet.title()));
        List<ActiveFilter> active = new ArrayList<>();
        criteria.filters().forEach((facet, values) -> values.forEach(value -> active.add(new ActiveFilter(
                titles.getOrDefault(facet, facet) + " : " + label(labels, facet, value),
                criteria.without(facet, value).url()))));
        if (criteria.comparables()) {
            active.add(new ActiveFilter(criteria.sameRegion() ? "Collectivités comparables à la mienne, dans ma région"
                    : "Collectivités comparables à la mienne", criteria.withoutComparables().url()));
        }
        return List.copyOf(active);
    }
}
