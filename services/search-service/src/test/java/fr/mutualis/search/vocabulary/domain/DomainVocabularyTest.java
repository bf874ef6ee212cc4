package fr.mutualis.search.vocabulary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.experience.domain.QueryExpansion;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainVocabularyTest {

    private static final DomainVocabulary VOCABULARY = new DomainVocabulary(3, List.of(
            new DomainVocabulary.Entry("sigle", List.of("ENT", "espace numérique de travail")),
            new DomainVocabulary.Entry("synonymes", List.of("tiers-lieu", "fablab", "espace de coworking")),
            new DomainVocabulary.Entry("mot-protege", List.of("numérique")),
            new DomainVocabulary.Entry("a-kind-of-tomorrow", List.of("cantine", "restauration scolaire"))));

    @Test
    void an_acronym_finds_its_expansion_and_the_expansion_its_acronym() {
        assertThat(VOCABULARY.expand("ENT des collèges").alternatives())
                .containsExactly("espace numerique de travail des colleges");
        assertThat(VOCABULARY.expand("Les espaces numériques de travail").alternatives())
                .containsExactly("les ent");
    }

    @Test
    void each_synonym_rewords_the_query_whatever_its_accents_case_and_plural() {
        assertThat(VOCABULARY.expand("Ouvrir des Tiers-Lieux en zone rurale").alternatives())
                .containsExactly("ouvrir des fablab en zone rurale", "ouvrir des espace de coworking en zone rurale");
    }

    @Test
    void a_plural_listed_beside_its_singular_is_no_second_rewording() {
        DomainVocabulary vocabulary = new DomainVocabulary(1, List.of(new DomainVocabulary.Entry("synonymes",
                List.of("tiers-lieu", "tiers-lieux", "fablab", "fablabs"))));

        // A rewording that is the query again, or another rewording again, made its words weigh twice.
        assertThat(vocabulary.expand("tiers-lieu rural").alternatives()).containsExactly("fablab rural");
        assertThat(vocabulary.expand("fablabs").alternatives()).containsExactly("tiers lieu");
    }

    @Test
    void a_protected_word_leaves_the_stemmed_text_and_is_matched_as_written_singular_or_plural() {
        QueryExpansion expansion = VOCABULARY.expand("Numériques responsables");

        assertThat(expansion.protectedWords()).containsExactly("numerique", "numeriques");
        assertThat(expansion.unprotectedText()).isEqualTo("responsables");
    }

    @Test
    void a_query_without_any_term_of_the_vocabulary_is_searched_as_it_is() {
        QueryExpansion expansion = VOCABULARY.expand("cantine bio");

        assertThat(expansion).isEqualTo(QueryExpansion.none("cantine bio"));
        assertThat(VOCABULARY.expand("enthousiasme").alternatives()).isEmpty();
        assertThat(DomainVocabulary.EMPTY.expand("ENT")).isEqualTo(QueryExpansion.none("ENT"));
    }

    @Test
    void rewordings_are_bounded() {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "terme" + i).toList();
        DomainVocabulary large = new DomainVocabulary(1, List.of(new DomainVocabulary.Entry("synonymes", many)));

        assertThat(large.expand("terme1").alternatives()).hasSize(DomainVocabulary.MAX_ALTERNATIVES);
    }
}
