package fr.mutualis.experience.record.web;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import fr.mutualis.experience.record.domain.Budget;
import fr.mutualis.experience.record.domain.Coded;
import fr.mutualis.experience.record.domain.Contact;
import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.ExperienceRecord;
import fr.mutualis.experience.record.domain.Indicator;
import fr.mutualis.experience.record.domain.Lessons;
import fr.mutualis.experience.record.domain.Link;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * An experience record as the API shows it: every code comes with its French label. {@code version} is also the
 * {@code ETag} of the record.
 */
public record ExperienceResponse(
        UUID id,
        String title,
        String summary,
        String description,
        String siren,
        Collectivite collectivite,
        List<Collectivite> partners,
        List<Labelled> axes,
        Labelled actionCategory,
        List<Labelled> policyDomains,
        Labelled step,
        LocalDate startDate,
        LocalDate endDate,
        Budget budget,
        String results,
        List<Indicator> indicators,
        Lessons lessons,
        List<Asset> reusableAssets,
        List<Link> links,
        Contact contact,
        Labelled status,
        boolean demo,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant archivedAt) {

    /** A code and its French label, e.g. {@code {"code": "open-data", "label": "Open data"}}. */
    public record Labelled(String code, String label) {

        static Labelled of(Coded value) {
            return value == null ? null : new Labelled(value.code(), value.label());
        }

        static List<Labelled> of(Collection<? extends Coded> values) {
            return values.stream().map(Labelled::of).toList();
        }
    }

    public record Asset(Labelled kind, String title, String url, String licence) {
    }

    static ExperienceResponse of(ExperienceRecord record) {
        ExperienceContent content = record.content();
        return new ExperienceResponse(
                record.id(),
                content.title(),
                content.summary(),
                content.description(),
                content.siren().value(),
                record.owner(),
                record.partners(),
                Labelled.of(content.axes()),
                Labelled.of(content.actionCategory()),
                Labelled.of(content.policyDomains()),
                Labelled.of(content.step()),
                content.startDate(),
                content.endDate(),
                content.budget(),
                content.results(),
                content.indicators(),
                content.lessons(),
                content.reusableAssets().stream().map(asset -> new Asset(Labelled.of(asset.kind()), asset.title(),
                        asset.url(), asset.licence())).toList(),
                content.links(),
                content.contact(),
                Labelled.of(record.status()),
                record.demo(),
                record.version(),
                record.createdAt(),
                record.updatedAt(),
                record.publishedAt(),
                record.archivedAt());
    }
}
