package fr.mutualis.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class SearchPageTest {

    private static final SearchAnswer.Facet STEPS = new SearchAnswer.Facet("step", "Étape", List.of(
            new SearchAnswer.Value("realise", "Réalisé", 19, true), new SearchAnswer.Value("en-cours", "En cours", 3, false)));
    private static final SearchAnswer.Facet AXES = new SearchAnswer.Facet("axis", "Axe du baromètre", List.of(
            new SearchAnswer.Value("open-data", "Open data", 14, false)));

    @Test
    void the_count_is_said_in_french() {
        assertThat(SearchPage.count(0, false)).isEqualTo("Aucun retour d'expérience");
        assertThat(SearchPage.count(1, false)).isEqualTo("1 retour d'expérience");
        assertThat(SearchPage.count(23, false)).isEqualTo("23 retours d'expérience");
        assertThat(SearchPage.count(12345, false)).isEqualTo("12\u00a0345 retours d'expérience");
        assertThat(SearchPage.count(690000, true)).isEqualTo("Environ 690\u00a0000 retours d'expérience");
    }

    @Test
    void results_carry_sanitized_highlights_and_labels_and_filters_their_removal() {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("q", "donnees");
        parameters.add("step", "realise");
        SearchCriteria criteria = SearchCriteria.from(parameters);
        SearchAnswer.Hit hit = new SearchAnswer.Hit("e7a1", "La donnée", "Résumé <b>", List.of("open-data"),
                Map.of("title", List.of("La <mark>donnée</mark><script>")),
                Map.of("collectivite", Map.of("name", "Nantes", "departement", Map.of("name", "Loire-Atlantique")),
                        "step", "realise", "year", 2019));

        SearchPage page = SearchPage.of(criteria, new SearchAnswer(23, false, List.of(hit), List.of(AXES, STEPS), "données", null,
                "5b0e6c1a-3f2d-4e8b-9a7c-1d2e3f4a5b6c"));

        SearchPage.Result result = page.results().get(0);
        assertThat(result.url()).as("the record's page reports that this search led to it")
                .isEqualTo("/recherche/fiches/e7a1?depuis=5b0e6c1a-3f2d-4e8b-9a7c-1d2e3f4a5b6c");
        assertThat(result.titleHtml()).isEqualTo("La <mark>donnée</mark>&lt;script&gt;");
        assertThat(result.summaryHtml()).isEqualTo("Résumé &lt;b&gt;");
        assertThat(result.context()).containsExactly("Nantes", "Loire-Atlantique", "Réalisé", "2019");
        assertThat(result.axes()).containsExactly("Open data");
        assertThat(page.activeFilters()).containsExactly(new SearchPage.ActiveFilter("Étape : Réalisé", "/recherche?q=donnees"));
        assertThat(page.facets()).extracting(SearchPage.FacetGroup::open).containsExactly(false, true);
        assertThat(page.facets().get(1).options()).extracting(SearchPage.Option::inputId, SearchPage.Option::checked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filtre-step-0", true),
                        org.assertj.core.groups.Tuple.tuple("filtre-step-1", false));
        assertThat(page.correction()).isEqualTo(new SearchPage.Link("données", "/recherche?q=donn%C3%A9es&step=realise", false));
        assertThat(page.sorts()).extracting(SearchPage.Link::current).containsExactly(true, false);
        assertThat(page.exportUrl()).isEqualTo("/recherche/export?q=donnees&step=realise");
    }

    @Test
    void a_correction_searched_instead_of_the_text_is_said_not_offered_and_the_text_as_typed_stays_one_click_away() {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("q", "participatoin citoyenne");
        SearchAnswer.Hit hit = new SearchAnswer.Hit("e7a2", "Budget participatif", "Résumé", List.of(), Map.of(),
                Map.of());

        SearchPage page = SearchPage.of(SearchCriteria.from(parameters), new SearchAnswer(1, null, List.of(hit), List.of(),
                "participation citoyenne", "participation citoyenne", null));

        assertThat(page.correctedText()).isEqualTo("participation citoyenne");
        assertThat(page.correction()).as("no « did you mean » for what is already searched").isNull();
        assertThat(page.asTyped()).as("the text as typed stays one click away").isEqualTo(new SearchPage.Link(
                "participatoin citoyenne", "/recherche?q=participatoin+citoyenne&telQuel=oui", false));
        assertThat(page.results()).hasSize(1);

        LinkedMultiValueMap<String, String> asTyped = new LinkedMultiValueMap<>(parameters);
        asTyped.add("telQuel", "oui");
        asTyped.add("page", "2");
        SearchCriteria typed = SearchCriteria.from(asTyped);
        assertThat(typed.apiQuery(java.util.Optional.empty())).as("the API is asked for the text as typed")
                .isEqualTo("q=participatoin+citoyenne&page=1&size=10&telQuel=true");
        assertThat(typed.pageUrl(2)).isEqualTo("/recherche?q=participatoin+citoyenne&telQuel=oui&page=3");
        assertThat(typed.exportUrl()).as("the export holds what the page shows")
                .isEqualTo("/recherche/export?q=participatoin+citoyenne&telQuel=oui");
        assertThat(typed.apiExportQuery(java.util.Optional.empty()))
                .isEqualTo("q=participatoin+citoyenne&format=csv&telQuel=true");
        assertThat(typed.withText("participation citoyenne").url()).as("another text is corrected again")
                .isEqualTo("/recherche?q=participation+citoyenne");
    }
}
