package fr.mutualis.marches.consultation.application;

import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Deadlines as buyers and companies read them: local time in Europe/Paris, whatever the season. A local time that
 * does not exist (the hour skipped in March) is refused rather than moved; one that happens twice (the hour repeated
 * in October) is the first, and the answers always give the offset, so nobody has to guess.
 */
public final class ParisTime {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Years a deadline may fall in: a client's year 300000 must not reach the database. */
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2999;

    private ParisTime() {
    }

    public static Instant deadline(String field, String localDateTime) {
        if (localDateTime == null || localDateTime.isBlank()) {
            throw new ConsultationRuleException(field, "La date limite est obligatoire (heure de Paris, "
                    + "par exemple 2027-01-15T12:00).");
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(localDateTime.strip());
        } catch (DateTimeParseException e) {
            throw new ConsultationRuleException(field, "La date limite s'écrit AAAA-MM-JJTHH:MM, à l'heure de Paris "
                    + "(par exemple 2027-01-15T12:00), sans fuseau.");
        }
        if (local.getYear() < MIN_YEAR || local.getYear() > MAX_YEAR) {
            throw new ConsultationRuleException(field, "L'année de la date limite est entre " + MIN_YEAR + " et "
                    + MAX_YEAR + ".");
        }
        List<java.time.ZoneOffset> offsets = PARIS.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new ConsultationRuleException(field, "L'heure " + local + " n'existe pas à Paris (passage à "
                    + "l'heure d'été) : choisissez une autre heure.");
        }
        return ZonedDateTime.ofLocal(local, PARIS, offsets.get(0)).toInstant();
    }

    /** The instant as Paris reads it, with its offset, e.g. {@code 2027-01-15T12:00:00+01:00}. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(PARIS).toOffsetDateTime());
    }
}
