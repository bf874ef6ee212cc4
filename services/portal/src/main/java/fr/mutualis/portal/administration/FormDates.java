package fr.mutualis.portal.administration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates and times as a person types them in the administration's forms: « 01/09/2026 » and « 14:30 ». Plain text
 * fields rather than browsers' date pickers, whose keyboard use and format differ from one browser to the next.
 */
final class FormDates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private FormDates() {
    }

    /** « 01/09/2026 » (an ISO « 2026-09-01 » is read too); {@code null} when nothing was typed. */
    static LocalDate day(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        try {
            return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw new UnreadableFieldException(field, "« " + excerpt(text) + " » n'est pas une date : écrivez-la "
                    + "JJ/MM/AAAA, par exemple 01/09/2026.");
        }
    }

    /** « 14:30 » or « 14h30 »; {@code null} when nothing was typed. */
    static LocalTime time(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace('h', ':').replace('H', ':');
        try {
            return LocalTime.parse(text.endsWith(":") ? text + "00" : text, TIME);
        } catch (DateTimeParseException e) {
            throw new UnreadableFieldException(field, "« " + excerpt(typed.strip()) + " » n'est pas une heure : "
                    + "écrivez-la HH:MM, par exemple 08:30.");
        }
    }

    static String typed(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** What the person typed, shortened: a message repeats it, but never a whole pasted text. */
    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
