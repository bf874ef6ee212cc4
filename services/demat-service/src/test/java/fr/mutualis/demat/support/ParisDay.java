package fr.mutualis.demat.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The service's day is Paris's, not the test machine's: a decision date may not be after it, and a delegation may
 * not start before it. A test that sends "today" a few requests later gets a day that is still today then.
 */
public final class ParisDay {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Far longer than the few requests that follow; a test that needs more uses a later day. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private ParisDay() {
    }

    /** Today in Paris; in a day's last 30 seconds, waits for the next day, so that it is not yesterday too soon. */
    public static LocalDate today() {
        ZonedDateTime now = ZonedDateTime.now(PARIS);
        Duration left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(PARIS));
        if (left.compareTo(MARGIN) < 0) {
            try {
                Thread.sleep(left.plusMillis(100).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the next day in Paris", e);
            }
            return ZonedDateTime.now(PARIS).toLocalDate();
        }
        return now.toLocalDate();
    }
}
