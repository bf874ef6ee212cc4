package fr.mutualis.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The links between the pages of results: previous, next, the first and last pages, and the pages around the current
 * one, with gaps where pages are left out (« 1 … 4 5 6 … 12 »).
 *
 * @param current  the current page, from 1
 * @param last     the last page the API can answer, from 1; 0 when nothing was found
 * @param previous the previous page's address, null on the first
 * @param next     the next page's address, null on the last
 * @param pages    the numbered links, in order, {@code null} numbers for gaps
 */
record Pagination(int current, int last, String previous, String next, List<Page> pages) {

    /** Pages shown on each side of the current one. */
    static final int AROUND = 2;

    /** @param number null for a gap between two shown pages */
    record Page(Integer number, String url, boolean current) {

        public boolean isGap() {
            return number == null;
        }
    }

    /**
     * @param total     the number of results found
     * @param pageIndex the zero-based page asked
     * @param pageSize  results per page
     * @param maxPages  how many pages the API can answer at most
     * @param urlOf     the address of a zero-based page
     */
    static Pagination of(long total, int pageIndex, int pageSize, int maxPages, IntFunction<String> urlOf) {
        int last = (int) Math.min((total + pageSize - 1) / pageSize, maxPages);
        int current = pageIndex + 1;
        // Beyond the last page (an old address), the pages shown are those before the last.
        int centre = Math.min(current, last);
        List<Page> pages = new ArrayList<>();
        int shown = 0;
        for (int number = 1; number <= last; number++) {
            if (number == 1 || number == last || Math.abs(number - centre) <= AROUND) {
                if (shown > 0 && number > shown + 1) {
                    pages.add(new Page(null, null, false));
                }
                pages.add(new Page(number, urlOf.apply(number - 1), number == current));
                shown = number;
            }
        }
        return new Pagination(current, last,
                current > 1 && last > 0 ? urlOf.apply(Math.min(current, last + 1) - 2) : null,
                current < last ? urlOf.apply(current) : null,
                List.copyOf(pages));
    }

    /** Whether there is more than one page to move between. */
    public boolean isUseful() {
        return last > 1 || current > 1;
    }
}
