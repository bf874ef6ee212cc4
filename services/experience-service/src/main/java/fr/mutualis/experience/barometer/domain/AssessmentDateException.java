package fr.mutualis.experience.barometer.domain;

import java.time.LocalDate;

/** The date of a self-assessment is outside {@link fr.mutualis.experience.record.domain.PlausibleDates#isPastDate}. */
public class AssessmentDateException extends IllegalArgumentException {

    public AssessmentDateException(LocalDate assessedOn) {
        super("Assessment date out of range: " + assessedOn);
    }
}
