package fr.mutualis.experience.record.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void has_the_twelve_axes_of_the_study_with_stable_codes() {
        assertThat(Axis.codes()).containsExactly(
                "open-data", "thd", "dematerialisation", "smart-city", "big-data", "incubateur", "e-inclusion",
                "e-democratie", "economie-collaborative", "open-innovation", "cloud", "protection-donnees");
    }

    @Test
    void has_french_labels() {
        assertThat(Axis.THD.label()).isEqualTo("Très haut débit (THD)");
        assertThat(Axis.ECONOMIE_COLLABORATIVE.label()).isEqualTo("Économie collaborative");
        assertThat(Axis.CLOUD.label()).isEqualTo("Hébergement des données / Cloud");
        assertThat(Axis.PROTECTION_DONNEES.label()).isEqualTo("Protection des données publiques");
        assertThat(Arrays.stream(Axis.values()).map(Axis::label)).doesNotHaveDuplicates().allMatch(l -> !l.isBlank());
    }

    @Test
    void parses_every_code_back_to_its_axis() {
        for (Axis axis : Axis.values()) {
            assertThat(Axis.fromCode(axis.code())).isSameAs(axis);
        }
    }

    @Test
    void refuses_an_unknown_code_and_names_the_valid_ones() {
        assertThatThrownBy(() -> Axis.fromCode("blockchain"))
                .isInstanceOf(UnknownAxisException.class)
                .hasMessageContaining("blockchain")
                .hasMessageContaining("open-data")
                .hasMessageContaining("protection-donnees");
    }

    @Test
    void codes_are_case_sensitive_and_exact() {
        assertThat(Axis.find("Open-Data")).isEmpty();
        assertThat(Axis.find("OPEN_DATA")).isEmpty();
        assertThat(Axis.find(" open-data")).isEmpty();
        assertThat(Axis.find(null)).isEmpty();
    }
}
