package fr.mutualis.portal.shared.layout;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates as a French reader writes them, for templates ({@code ${@dates.day(fiche.publishedOn)}}): « 1er mars 2026 »,
 * « 1er mars 2026 à 14 h 05 » in Paris time. The services' ISO texts are parsed here; a text that is not a date is
 * shown as it came.
 */
@Component("dates")
public class Dates {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm", FRENCH);

    /** {@code 2026-03-01} (or a date-time) → « 1er mars 2026 ». */
    public String day(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return written(LocalDate.parse(iso.toString().length() > 10 ? iso.toString().substring(0, 10) : iso.toString()));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** An instant with its offset → « 1er mars 2026 à 14 h 05 », Paris time. */
    public String dateTime(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            OffsetDateTime moment = OffsetDateTime.parse(iso.toString());
            var paris = moment.atZoneSameInstant(PARIS);
            return written(paris.toLocalDate()) + " à " + TIME.format(paris);
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    static String written(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }
}
