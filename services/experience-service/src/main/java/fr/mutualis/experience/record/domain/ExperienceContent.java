package fr.mutualis.experience.record.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the author of an experience writes: the part of the record that a create or an update sets.
 *
 * <p>Title and summary are stripped of leading and trailing white space before their length is checked.
 *
 * @param title   3 to 200 characters
 * @param summary 1 to 2000 characters
 * @param siren   the collectivité, EPCI or syndicate that shares the experience
 * @param axes    at least one axis; kept in the study's order, without duplicates
 */
public record ExperienceContent(String title, String summary, Siren siren, Set<Axis> axes) {

    public static final int TITLE_MIN_LENGTH = 3;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 2000;

    public ExperienceContent {
        title = title == null ? null : title.strip();
        summary = summary == null ? null : summary.strip();
        if (title == null || title.length() < TITLE_MIN_LENGTH || title.length() > TITLE_MAX_LENGTH) {
            throw new ExperienceRecordRuleException("title",
                    "The title must have " + TITLE_MIN_LENGTH + " to " + TITLE_MAX_LENGTH + " characters");
        }
        if (summary == null || summary.isEmpty() || summary.length() > SUMMARY_MAX_LENGTH) {
            throw new ExperienceRecordRuleException("summary",
                    "The summary must have 1 to " + SUMMARY_MAX_LENGTH + " characters");
        }
        if (siren == null) {
            throw new ExperienceRecordRuleException("siren", "The SIREN is required");
        }
        axes = sortedAxes(axes);
    }

    private static Set<Axis> sortedAxes(Collection<Axis> axes) {
        if (axes == null || axes.isEmpty()) {
            throw new ExperienceRecordRuleException("axes", "At least one axis is required");
        }
        if (axes.stream().anyMatch(Objects::isNull)) {
            throw new ExperienceRecordRuleException("axes", "An axis must not be null");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(axes));
    }
}
