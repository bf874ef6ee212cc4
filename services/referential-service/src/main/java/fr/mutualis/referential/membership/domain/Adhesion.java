package fr.mutualis.referential.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A collectivité's membership of the syndicate. Leaving keeps the record, with the date; joining again starts a new
 * adhesion on the same record. {@code version} grows with each change and is the version of its events.
 *
 * @param services codes of {@link SharedService}, at least one
 * @param leftOn   null while a member
 */
public record Adhesion(String siren, LocalDate adhesionDate, List<String> services, LocalDate leftOn, long version) {

    /** The first intercommunal computing syndicates date from the 1970s: no adhesion to one is older. */
    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    /** Councils decide an adhesion or a departure ahead, for the next 1 January at the latest. */
    public static final int YEARS_AHEAD = 1;

    /** Whether a date of adhesion or departure is from {@link #EARLIEST} to {@value #YEARS_AHEAD} year after today. */
    public static boolean isPlausibleDate(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today.plusYears(YEARS_AHEAD));
    }

    public Adhesion {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(adhesionDate, "adhesionDate");
        services = List.copyOf(services);
        if (services.isEmpty() || services.stream().anyMatch(code -> SharedService.find(code).isEmpty())) {
            throw new IllegalArgumentException("services must name at least one of the syndicate's services: " + services);
        }
        if (leftOn != null && leftOn.isBefore(adhesionDate)) {
            throw new IllegalArgumentException("left on " + leftOn + " before joining on " + adhesionDate);
        }
    }

    public boolean member() {
        return leftOn == null;
    }
}
