package fr.mutualis.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SearchCriteriaTest {

    private static final Optional<String> NANTES = Optional.of("214401093");

    private static MultiValueMap<String, String> parameters(String... namesAndValues) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    @Test
    void only_the_known_facets_reach_the_api_in_their_order_with_the_page_and_its_size() {
        SearchCriteria criteria = SearchCriteria.from(parameters("q", "  open data ", "step", "realise",
                "cursor", "abc", "size", "100", "statut", "archived", "axis", "open-data", "axis", "cloud",
                "axis", "open-data", "axis", " ", "demo", "true", "page", "3", "sort", "date"));

        assertThat(criteria.apiQuery(Optional.empty())).isEqualTo(
                "q=open+data&axis=open-data&axis=cloud&step=realise&sort=date&page=2&size=10");
    }

    @Test
    void values_are_form_encoded_so_that_no_value_can_add_a_parameter() {
        SearchCriteria criteria = SearchCriteria.from(parameters("q", "C++ & co=1 {x} é", "region", "a&size=100"));

        assertThat(criteria.apiQuery(Optional.empty())).isEqualTo(
                "q=C%2B%2B+%26+co%3D1+%7Bx%7D+%C3%A9&region=a%26size%3D100&page=0&size=10");
    }

    @Test
    void the_page_stays_within_the_result_window_of_the_api() {
        assertThat(SearchCriteria.from(parameters("page", "0")).page()).isZero();
        assertThat(SearchCriteria.from(parameters("page", "-5")).page()).isZero();
        assertThat(SearchCriteria.from(parameters("page", "abc")).page()).isZero();
        assertThat(SearchCriteria.from(parameters("page", "99999999999")).page()).isZero();
        assertThat(SearchCriteria.from(parameters("page", "1000")).page()).isEqualTo(999);
        assertThat(SearchCriteria.from(parameters("page", "1001")).page()).isEqualTo(999);
        assertThat(SearchCriteria.from(parameters()).page()).isZero();
    }

    @Test
    void an_unknown_sort_is_the_default_and_texts_longer_than_the_api_takes_are_cut() {
        SearchCriteria criteria = SearchCriteria.from(parameters("sort", "random", "q", "x".repeat(600),
                "year", "y".repeat(101)));

        assertThat(criteria.sort()).isEmpty();
        assertThat(criteria.text()).hasSize(500);
        assertThat(criteria.filters()).isEmpty();
    }

    @Test
    void the_comparables_ask_for_my_collectivite_and_my_region_only_when_i_have_one() {
        SearchCriteria criteria = SearchCriteria.from(parameters("comparables", "oui", "memeRegion", "oui"));

        assertThat(criteria.apiQuery(NANTES)).isEqualTo("page=0&size=10&comparableTo=214401093&memeRegion=true");
        assertThat(criteria.apiQuery(Optional.empty())).isEqualTo("page=0&size=10");
        assertThat(SearchCriteria.from(parameters("memeRegion", "oui")).sameRegion())
                .as("the same région alone compares nothing").isFalse();
    }

    @Test
    void the_export_asks_for_every_result_as_csv() {
        SearchCriteria criteria = SearchCriteria.from(parameters("q", "thd", "kind", "commune", "page", "4"));

        assertThat(criteria.apiExportQuery(Optional.empty())).isEqualTo("q=thd&kind=commune&format=csv");
        assertThat(criteria.exportUrl()).isEqualTo("/recherche/export?q=thd&kind=commune");
    }

    @Test
    void the_page_links_keep_the_search_and_number_pages_from_one() {
        SearchCriteria criteria = SearchCriteria.from(parameters("q", "thd", "kind", "commune", "kind", "epci",
                "comparables", "oui", "page", "2"));

        assertThat(criteria.url()).isEqualTo("/recherche?q=thd&kind=commune&kind=epci&comparables=oui&page=2");
        assertThat(criteria.pageUrl(0)).isEqualTo("/recherche?q=thd&kind=commune&kind=epci&comparables=oui");
        assertThat(criteria.without("kind", "commune").url()).isEqualTo("/recherche?q=thd&kind=epci&comparables=oui");
        assertThat(criteria.without("kind", "commune").without("kind", "epci").filters()).isEmpty();
        assertThat(criteria.withoutComparables().url()).isEqualTo("/recherche?q=thd&kind=commune&kind=epci");
        assertThat(criteria.withText("thd fibre").withSort("date").url())
                .isEqualTo("/recherche?q=thd+fibre&kind=commune&kind=epci&sort=date&comparables=oui");
        assertThat(SearchCriteria.from(parameters()).url()).isEqualTo("/recherche");
    }

    @Test
    void the_filters_keep_the_order_of_the_facets() {
        SearchCriteria criteria = SearchCriteria.from(parameters("year", "2020", "axis", "cloud"));

        assertThat(criteria.filters()).containsExactly(Map.entry("axis", List.of("cloud")), Map.entry("year", List.of("2020")));
        assertThat(criteria.isSelected("axis", "cloud")).isTrue();
        assertThat(criteria.isSelected("axis", "thd")).isFalse();
    }
}
