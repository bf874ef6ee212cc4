package fr.mutualis.experience.record.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the author of an experience writes: the part of the record that a create or an update sets. Texts are
 * stripped of surrounding white space; a blank optional text is absent.
 *
 * @param title          3 to 200 characters
 * @param summary        1 to 2000 characters: the teaser of search results
 * @param description    the full text, optional
 * @param siren          the collectivité that carried the project
 * @param partnerSirens  the collectivités it was carried with, without duplicates nor {@code siren}
 * @param axes           at least one axis of the barometer; kept in the study's order
 * @param actionCategory the "action phare" category, optional
 * @param step           where the project stands, optional
 * @param contact        optional, only with the person's consent
 */
public record ExperienceContent(
        String title,
        String summary,
        String description,
        Siren siren,
        List<Siren> partnerSirens,
        Set<Axis> axes,
        ActionCategory actionCategory,
        Set<PolicyDomain> policyDomains,
        ProjectStep step,
        LocalDate startDate,
        LocalDate endDate,
        Budget budget,
        String results,
        List<Indicator> indicators,
        Lessons lessons,
        List<ReusableAsset> reusableAssets,
        List<Link> links,
        Contact contact) {

    public static final int TITLE_MIN_LENGTH = 3;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 2000;
    public static final int DESCRIPTION_MAX_LENGTH = 20_000;
    public static final int RESULTS_MAX_LENGTH = 10_000;
    public static final int MAX_PARTNERS = 50;
    public static final int MAX_LIST_ENTRIES = 30;

    public ExperienceContent {
        title = Texts.optional(title, "title", TITLE_MAX_LENGTH);
        // Counted in code points, as the event contract's minLength counts them: two emoji are not three characters.
        if (title == null || title.codePointCount(0, title.length()) < TITLE_MIN_LENGTH) {
            throw new ExperienceRecordRuleException("title",
                    "The title must have " + TITLE_MIN_LENGTH + " to " + TITLE_MAX_LENGTH + " characters");
        }
        summary = Texts.required(summary, "summary", SUMMARY_MAX_LENGTH);
        description = Texts.optional(description, "description", DESCRIPTION_MAX_LENGTH);
        if (siren == null) {
            throw new ExperienceRecordRuleException("siren", "The SIREN is required");
        }
        partnerSirens = partners(siren, partnerSirens);
        axes = sorted(axes, "axes", true);
        policyDomains = sorted(policyDomains, "policyDomains", false);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new ExperienceRecordRuleException("endDate", "The end date must not be before the start date");
        }
        results = Texts.optional(results, "results", RESULTS_MAX_LENGTH);
        indicators = Texts.list(indicators, "indicators", MAX_LIST_ENTRIES);
        lessons = lessons == null || lessons.saysNothing() ? null : lessons;
        reusableAssets = Texts.list(reusableAssets, "reusableAssets", MAX_LIST_ENTRIES);
        links = Texts.list(links, "links", MAX_LIST_ENTRIES);
    }

    /**
     * Checks the dates against {@code today}, when the content is written: a record stored earlier stays readable
     * whatever the calendar says now.
     *
     * @throws ExperienceRecordRuleException if a date is outside {@link PlausibleDates#isProjectDate}
     */
    void requirePlausibleDates(LocalDate today) {
        if (startDate != null && !PlausibleDates.isProjectDate(startDate, today)) {
            throw new ExperienceRecordRuleException("startDate", "The start date is out of range: " + startDate);
        }
        if (endDate != null && !PlausibleDates.isProjectDate(endDate, today)) {
            throw new ExperienceRecordRuleException("endDate", "The end date is out of range: " + endDate);
        }
    }

    /** The content with only what is required: for tests and quick drafts. */
    public static ExperienceContent essentials(String title, String summary, Siren siren, Set<Axis> axes) {
        return new ExperienceContent(title, summary, null, siren, List.of(), axes, null, Set.of(), null, null, null,
                null, null, List.of(), null, List.of(), List.of(), null);
    }

    /** The same content without its contact person. */
    public ExperienceContent withoutContact() {
        return new ExperienceContent(title, summary, description, siren, partnerSirens, axes, actionCategory,
                policyDomains, step, startDate, endDate, budget, results, indicators, lessons, reusableAssets, links,
                null);
    }

    private static List<Siren> partners(Siren siren, List<Siren> partnerSirens) {
        List<Siren> partners = Texts.list(partnerSirens, "partnerSirens", MAX_PARTNERS);
        if (partners.contains(siren)) {
            throw new ExperienceRecordRuleException("partnerSirens",
                    "The collectivité that carried the project is not its own partner");
        }
        return List.copyOf(new LinkedHashSet<>(partners));
    }

    private static <E extends Enum<E>> Set<E> sorted(Collection<E> values, String field, boolean required) {
        if (values == null || values.isEmpty()) {
            if (required) {
                throw new ExperienceRecordRuleException(field, "At least one value is required");
            }
            return Set.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new ExperienceRecordRuleException(field, "A value must not be null");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
