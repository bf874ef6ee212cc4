package fr.mutualis.experience.barometer.domain;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A dated self-assessment of a collectivité at the barometer, never changed once recorded: the history shows
 * progress.
 *
 * @param number the collectivité's count of assessments including this one: the version of its events
 */
public record Assessment(UUID id, Collectivite collectivite, LocalDate assessedOn, Answers answers,
                         Evaluation evaluation, int rulesVersion, boolean demo, long number, Instant recordedAt) {

    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public String siren() {
        return collectivite.siren();
    }
}
