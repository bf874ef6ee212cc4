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
        assertThat(Inflections.otherThan("territoriaux"))
                .containsExactly("territoriau", "territorial", "territoriale", "territoriales");
        assertThat(Inflections.otherThan("territoriales")).contains("territorial", "territoriaux");
        assertThat(Inflections.otherThan("Local")).contains("locale", "locaux");
    }

    @Test
    void aDoubledConsonantIsNotUndoneForItIsAlsoATypo() {
        assertThat(Inflections.otherThan("carbonne")).doesNotContain("carbone", "carbon");
    }

    @Test
    void aBaseTooShortHasNoOtherForm() {
        assertThat(Inflections.otherThan("mises")).isEmpty();
    }
}
