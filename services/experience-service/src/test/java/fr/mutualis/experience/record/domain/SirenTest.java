package fr.mutualis.experience.record.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "217500016", // Ville de Paris
            "211300553", // Ville de Marseille
            "216901231", // Ville de Lyon
            "223300013", // Département de la Gironde
            "219400025", // Ville d'Alfortville
            "211703004", // Ville de La Rochelle
            "227200011", // Département de la Sarthe
    })
    void accepts_real_sirens_of_collectivites(String siren) {
        assertThat(Siren.isValid(siren)).isTrue();
        assertThat(Siren.of(siren).value()).isEqualTo(siren);
    }

    @Test
    void la_poste_siren_is_a_valid_luhn_number_only_its_sirets_follow_another_rule() {
        assertThat(Siren.isValid("356000000")).isTrue();
        assertThat(Siren.of("356000000").value()).isEqualTo("356000000");
    }

    @Test
    void refuses_a_wrong_luhn_key() {
        // The Gironde's SIREN with its last digit changed: 223300019 is not a valid SIREN.
        assertThat(Siren.isValid("223300019")).isFalse();
        assertThatThrownBy(() -> Siren.of("223300019"))
                .isInstanceOf(InvalidSirenException.class)
                .hasMessageContaining("Luhn")
                .extracting(e -> ((InvalidSirenException) e).field()).isEqualTo("siren");
    }

    @Test
    void refuses_two_swapped_digits() {
        assertThat(Siren.isValid("223300031")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "22330001A", "-22330001", "２２３３０００１３"})
    void refuses_anything_but_nine_digits(String text) {
        assertThat(Siren.isValid(text)).isFalse();
        assertThatThrownBy(() -> Siren.of(text)).isInstanceOf(InvalidSirenException.class);
    }

    @Test
    void refuses_null() {
        assertThat(Siren.isValid(null)).isFalse();
        assertThatThrownBy(() -> Siren.of(null)).isInstanceOf(InvalidSirenException.class);
    }

    @Test
    void drops_the_spaces_of_the_usual_layout() {
        assertThat(Siren.of("223 300 013")).isEqualTo(Siren.of("223300013"));
        assertThat(Siren.of("223 300 013").value()).isEqualTo("223300013");
    }
}
