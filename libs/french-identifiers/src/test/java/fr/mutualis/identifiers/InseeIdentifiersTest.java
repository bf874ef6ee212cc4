package fr.mutualis.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InseeIdentifiersTest {

    @Test
    void a_siren_is_nine_digits_ending_with_their_luhn_key() {
        assertThat(InseeIdentifiers.isSiren("223300013")).as("Ille-et-Vilaine").isTrue();
        assertThat(InseeIdentifiers.isSiren("200094332")).as("Collectivité européenne d'Alsace").isTrue();
        assertThat(InseeIdentifiers.isSiren("356000000")).as("La Poste").isTrue();
        assertThat(InseeIdentifiers.isSiren("223300014")).as("wrong key").isFalse();
        assertThat(InseeIdentifiers.isSiren("232300013")).as("two digits swapped").isFalse();
        assertThat(InseeIdentifiers.isSiren("22330001")).isFalse();
        assertThat(InseeIdentifiers.isSiren("22330001３")).as("a digit that is not ASCII").isFalse();
        assertThat(InseeIdentifiers.isSiren(null)).isFalse();
    }

    @Test
    void a_siret_has_a_luhn_key_except_la_postes_establishments_whose_digits_add_up_to_a_multiple_of_five() {
        assertThat(InseeIdentifiers.isSiret("73282932000074")).isTrue();
        assertThat(InseeIdentifiers.isSiret("73282932000075")).isFalse();
        assertThat(InseeIdentifiers.isSiret("35600000000048")).as("La Poste's head office, Luhn").isTrue();
        assertThat(InseeIdentifiers.isSiret("35600000049837")).as("a post office: 5+6+4+9+8+3+7 = 45").isTrue();
        assertThat(InseeIdentifiers.isSiret("35600000049838")).isFalse();
        assertThat(InseeIdentifiers.isSiret("7328293200007")).isFalse();
    }

    @Test
    void the_key_of_eight_digits_makes_them_a_siren() {
        assertThat(InseeIdentifiers.sirenWithKey("22330001")).isEqualTo("223300013");
        for (int prefix = 20_000_000; prefix < 20_000_100; prefix++) {
            assertThat(InseeIdentifiers.isSiren(InseeIdentifiers.sirenWithKey(String.valueOf(prefix)))).isTrue();
        }
        assertThatThrownBy(() -> InseeIdentifiers.sirenWithKey("2233")).isInstanceOf(IllegalArgumentException.class);
    }
}
