package fr.mutualis.search.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CpvTest {

    @Test
    void a_code_is_found_by_its_division_and_every_level_below() {
        assertThat(Cpv.path("72267000-4")).containsExactly("72", "722", "7226", "72267");
        assertThat(Cpv.path("45000000-7")).containsExactly("45");
        assertThat(Cpv.path("03000000-1")).containsExactly("03");
        assertThat(Cpv.division("72267000-4")).isEqualTo("72");
    }

    @Test
    void a_filter_names_the_level_its_significant_digits_give() {
        assertThat(Cpv.prefix("72")).isEqualTo("72");
        assertThat(Cpv.prefix("72000000")).isEqualTo("72");
        assertThat(Cpv.prefix("7226")).isEqualTo("7226");
        assertThat(Cpv.prefix("72260000")).isEqualTo("7226");
        assertThat(Cpv.prefix("72267000-4")).isEqualTo("72267");
        assertThat(Cpv.path("72267000-4")).contains(Cpv.prefix("72267000-4"), Cpv.prefix("72"), Cpv.prefix("7226"));
    }

    @Test
    void anything_else_is_refused() {
        assertThatThrownBy(() -> Cpv.prefix("7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpv.prefix("7226-4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpv.path("72267000")).isInstanceOf(IllegalArgumentException.class);
    }
}
