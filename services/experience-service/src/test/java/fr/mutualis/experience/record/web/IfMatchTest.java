package fr.mutualis.experience.record.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void no_header_or_a_star_allows_any_version() {
        assertThat(IfMatch.parse(null).allows(7)).isTrue();
        assertThat(IfMatch.parse("*").allows(7)).isTrue();
    }

    @Test
    void a_quoted_version_allows_only_itself() {
        assertThat(IfMatch.parse("\"3\"").allows(3)).isTrue();
        assertThat(IfMatch.parse("\"3\"").allows(4)).isFalse();
    }

    @Test
    void a_list_allows_each_of_its_versions_and_unquoted_versions_are_accepted() {
        assertThat(IfMatch.parse("\"1\", \"2\"").allows(2)).isTrue();
        assertThat(IfMatch.parse("5").allows(5)).isTrue();
    }

    @Test
    void weak_or_foreign_tags_match_nothing() {
        assertThat(IfMatch.parse("W/\"3\"").allows(3)).isFalse();
        assertThat(IfMatch.parse("\"abc\"").allows(3)).isFalse();
    }

    @Test
    void the_etag_is_the_quoted_version() {
        assertThat(IfMatch.etag(12)).isEqualTo("\"12\"");
    }
}
