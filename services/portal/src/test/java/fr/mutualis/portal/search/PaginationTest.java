package fr.mutualis.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {

    private static Pagination of(long total, int pageIndex) {
        return Pagination.of(total, pageIndex, 10, 1000, page -> "/p" + page);
    }

    private static String shown(Pagination pagination) {
        return String.join(" ", pagination.pages().stream()
                .map(page -> page.isGap() ? "…" : page.current() ? "[" + page.number() + "]" : "" + page.number())
                .toList());
    }

    @Test
    void nothing_found_is_no_page_to_move_between() {
        Pagination pagination = of(0, 0);

        assertThat(pagination.pages()).isEmpty();
        assertThat(pagination.previous()).isNull();
        assertThat(pagination.next()).isNull();
        assertThat(pagination.isUseful()).isFalse();
    }

    @Test
    void one_page_needs_no_links() {
        assertThat(of(10, 0).isUseful()).isFalse();
        assertThat(of(11, 0).isUseful()).isTrue();
    }

    @Test
    void the_first_page_has_a_next_and_no_previous() {
        Pagination pagination = of(23, 0);

        assertThat(shown(pagination)).isEqualTo("[1] 2 3");
        assertThat(pagination.previous()).isNull();
        assertThat(pagination.next()).isEqualTo("/p1");
        assertThat(pagination.pages().get(1).url()).isEqualTo("/p1");
    }

    @Test
    void a_middle_page_shows_its_neighbours_the_ends_and_the_gaps() {
        Pagination pagination = of(200, 9);

        assertThat(shown(pagination)).isEqualTo("1 … 8 9 [10] 11 12 … 20");
        assertThat(pagination.previous()).isEqualTo("/p8");
        assertThat(pagination.next()).isEqualTo("/p10");
    }

    @Test
    void no_gap_for_a_single_missing_page_either_side_but_one_beyond() {
        assertThat(shown(of(200, 3))).isEqualTo("1 2 3 [4] 5 6 … 20");
    }

    @Test
    void the_last_page_has_no_next() {
        Pagination pagination = of(23, 2);

        assertThat(shown(pagination)).isEqualTo("1 2 [3]");
        assertThat(pagination.next()).isNull();
    }

    @Test
    void pages_stop_at_what_the_api_can_answer() {
        Pagination pagination = of(1_000_000, 999);

        assertThat(pagination.last()).isEqualTo(1000);
        assertThat(shown(pagination)).isEqualTo("1 … 998 999 [1000]");
        assertThat(pagination.next()).isNull();
    }

    @Test
    void a_page_beyond_the_results_leads_back_to_the_last() {
        Pagination pagination = of(23, 7);

        assertThat(shown(pagination)).isEqualTo("1 2 3");
        assertThat(pagination.previous()).isEqualTo("/p2");
        assertThat(pagination.next()).isNull();
    }
}
