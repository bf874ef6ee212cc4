package fr.mutualis.experience.record.domain;

import java.time.LocalDate;

/**
 * The dates an agent may give, in one place: a typo such as year 20200 or 202 would otherwise be stored, published
 * and then refused by every consumer that reads dates.
 */
public final class PlausibleDates {

    /** Nothing the syndicate's members share predates the first local e-administration projects of the 1990s. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** How far ahead a planned project may be dated: beyond two mandates, a date is a guess, not a plan. */
    public static final int YEARS_AHEAD = 10;

    private PlausibleDates() {
    }

    /** A start or end of project: from {@link #EARLIEST} to {@value #YEARS_AHEAD} years after {@code today}. */
    public static boolean isProjectDate(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today.plusYears(YEARS_AHEAD));
    }

    /** A date of something already done, such as a self-assessment: from {@link #EARLIEST} to {@code today}. */
    public static boolean isPastDate(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today);
    }
}
