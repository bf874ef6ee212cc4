package fr.mutualis.portal.administration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The form that delivers again the events published since a moment: {@code POST …/{id}/replay}, whose {@code from}
 * is an ISO date-time with its offset. People type a day and, if they wish, a time, in Paris time.
 *
 * @param depuisDate JJ/MM/AAAA
 * @param depuisHeure HH:MM, midnight when empty
 */
record ReplayForm(String depuisDate, String depuisHeure) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Map<String, String> FIELDS = FormErrors.fields("from", "depuis-date");

    static ReplayForm empty() {
        return new ReplayForm("", "");
    }

    Map<String, Object> toRequest() {
        LocalDate day = FormDates.day(depuisDate, "depuis-date");
        LocalTime time = FormDates.time(depuisHeure, "depuis-heure");
        Map<String, Object> body = new HashMap<>();
        // An empty day is the API's to refuse, with its own message.
        body.put("from", day == null ? "" : day.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(PARIS)
                .toOffsetDateTime().toString());
        return body;
    }
}
