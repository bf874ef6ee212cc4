package fr.mutualis.portal.shared.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {

    private final Dates dates = new Dates();

    @Test
    void a_day_is_written_as_a_french_reader_writes_it() {
        assertThat(dates.day("2026-03-01")).isEqualTo("1er mars 2026");
        assertThat(dates.day("2026-12-24T10:00:00Z")).isEqualTo("24 décembre 2026");
        assertThat(dates.day(null)).isEmpty();
        assertThat(dates.day("bientôt")).isEqualTo("bientôt");
    }

    @Test
    void an_instant_is_shown_in_paris_time_whatever_its_offset() {
        assertThat(dates.dateTime("2026-07-01T10:05:00Z")).isEqualTo("1er juillet 2026 à 12 h 05");
        assertThat(dates.dateTime("2026-01-15T23:30:00+00:00")).isEqualTo("16 janvier 2026 à 0 h 30");
    }
}
