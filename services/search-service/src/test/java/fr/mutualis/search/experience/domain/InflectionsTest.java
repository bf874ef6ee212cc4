package fr.mutualis.search.experience.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InflectionsTest {

    @Test
    void aNounOrAdjectiveHasItsOtherNumbersAndGenders() {
        assertThat(Inflections.otherThan("sourdes")).containsExactly("sourd", "sourde", "sourds");
        assertThat(Inflections.otherThan("Sourds")).containsExactly("sourd", "sourde", "sourdes");
        assertThat(Inflections.otherThan("utilisées")).containsExactly("utilisé", "utilisée", "utilisés");
        assertThat(Inflections.otherThan("réseau")).containsExactly("réseaux");
        assertThat(Inflections.otherThan("réseaux")).containsExactly("réseau");
        assertThat(Inflections.otherThan("bleues")).contains("bleu", "bleue", "bleus");
        assertThat(Inflections.otherThan("enjeux")).contains("enjeu");
        assertThat(Inflections.otherThan("territoriaux")).contains("territorial", "territoriale", "territoriales");
        assertThat(Inflections.otherThan("territoriales")).contains("territorial", "territoriaux");
        assertThat(Inflections.otherThan("Local")).contains("locale", "locaux");
        assertThat(Inflections.otherThan("festivals")).contains("festival");
    }

    @Test
    void theMasculineAndFeminineEndingsThatAreNotJustAnE() {
        assertThat(Inflections.otherThan("participatifs"))
                .containsExactly("participatif", "participative", "participatives");
        assertThat(Inflections.otherThan("financières")).contains("financier", "financière", "financiers");
        assertThat(Inflections.otherThan("complet")).contains("complète", "complètes");
        assertThat(Inflections.otherThan("animateurs")).contains("animateur", "animatrice", "animatrices");
        assertThat(Inflections.otherThan("porteuse")).contains("porteur", "porteurs");
        assertThat(Inflections.otherThan("extérieure")).contains("extérieur");
        assertThat(Inflections.otherThan("dangereuses")).contains("dangereux");
        assertThat(Inflections.otherThan("culturelles")).contains("culturel", "culturels");
        assertThat(Inflections.otherThan("citoyen")).contains("citoyenne", "citoyennes");
        assertThat(Inflections.otherThan("bretonne")).contains("breton", "bretons");
    }

    @Test
    void aDoubledConsonantIsUndoneOnlyIntoTheMasculineForItIsAlsoATypo() {
        assertThat(Inflections.otherThan("carbonne")).doesNotContain("carbone");
        assertThat(Inflections.otherThan("complette")).doesNotContain("complet", "complète");
        assertThat(Inflections.otherThan("professionel")).doesNotContain("professionnel", "professionnelle");
    }

    @Test
    void aWordTooShortHasNoOtherForm() {
        assertThat(Inflections.otherThan("mises")).isEmpty();
        assertThat(Inflections.otherThan("jeux")).isEmpty();
    }
}
