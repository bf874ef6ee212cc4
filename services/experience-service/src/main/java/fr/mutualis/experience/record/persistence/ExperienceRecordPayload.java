package fr.mutualis.experience.record.persistence;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import fr.mutualis.experience.record.domain.ActionCategory;
import fr.mutualis.experience.record.domain.AssetKind;
import fr.mutualis.experience.record.domain.Axis;
import fr.mutualis.experience.record.domain.Budget;
import fr.mutualis.experience.record.domain.Coded;
import fr.mutualis.experience.record.domain.Contact;
import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.ExperienceRecord;
import fr.mutualis.experience.record.domain.ExperienceStatus;
import fr.mutualis.experience.record.domain.Indicator;
import fr.mutualis.experience.record.domain.Lessons;
import fr.mutualis.experience.record.domain.Link;
import fr.mutualis.experience.record.domain.PolicyDomain;
import fr.mutualis.experience.record.domain.ProjectStep;
import fr.mutualis.experience.record.domain.ReusableAsset;
import fr.mutualis.experience.record.domain.Siren;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code data} of experience events: the whole record after the change, codes for code lists, ISO-8601 dates,
 * absent values left out (schema {@code contracts/events/experience.record.v1.schema.json}). The same document is
 * stored with the record, so that a record reads back exactly as it was published.
 *
 * @param partners descriptors of the partner collectivités (at least siren, name and kind for consumers)
 */
public record ExperienceRecordPayload(
        String id,
        String title,
        String summary,
        String description,
        String siren,
        Collectivite collectivite,
        List<Collectivite> partners,
        List<String> axes,
        String actionCategory,
        List<String> policyDomains,
        String step,
        LocalDate startDate,
        LocalDate endDate,
        Budget budget,
        String results,
        List<Indicator> indicators,
        Lessons lessons,
        List<Asset> reusableAssets,
        List<Link> links,
        Contact contact,
        String status,
        boolean demo,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant archivedAt) {

    /** @param kind the asset kind's code, e.g. {@code logiciel} */
    public record Asset(String kind, String title, String url, String licence) {
    }

    static ExperienceRecordPayload of(ExperienceRecord record) {
        ExperienceContent content = record.content();
        return new ExperienceRecordPayload(
                record.id().toString(),
                content.title(),
                content.summary(),
                content.description(),
                content.siren().value(),
                record.owner(),
                record.partners(),
                codes(content.axes()),
                code(content.actionCategory()),
                codes(content.policyDomains()),
                code(content.step()),
                content.startDate(),
                content.endDate(),
                content.budget(),
                content.results(),
                content.indicators(),
                content.lessons(),
                content.reusableAssets().stream()
                        .map(asset -> new Asset(asset.kind().code(), asset.title(), asset.url(), asset.licence()))
                        .toList(),
                content.links(),
                content.contact(),
                record.status().code(),
                record.demo(),
                record.createdAt(),
                record.updatedAt(),
                record.publishedAt(),
                record.archivedAt());
    }

    /** The record this document describes, at {@code version}. */
    ExperienceRecord toRecord(long version) {
        ExperienceContent content = new ExperienceContent(
                title,
                summary,
                description,
                Siren.of(siren),
                partners == null ? List.of() : partners.stream().map(partner -> Siren.of(partner.siren())).toList(),
                axes.stream().map(Axis::fromCode).collect(Collectors.toSet()),
                actionCategory == null ? null : Coded.fromCode(ActionCategory.class, "actionCategory", actionCategory),
                policyDomains == null ? null : policyDomains.stream()
                        .map(code -> Coded.fromCode(PolicyDomain.class, "policyDomains", code))
                        .collect(Collectors.toSet()),
                step == null ? null : Coded.fromCode(ProjectStep.class, "step", step),
                startDate,
                endDate,
                budget,
                results,
                indicators,
                lessons,
                reusableAssets == null ? null : reusableAssets.stream()
                        .map(asset -> new ReusableAsset(Coded.fromCode(AssetKind.class, "reusableAssets.kind",
                                asset.kind()), asset.title(), asset.url(), asset.licence()))
                        .toList(),
                links,
                contact);
        return new ExperienceRecord(UUID.fromString(id), content, collectivite,
                partners == null ? List.of() : partners, ExperienceStatus.fromCode(status), demo, version, createdAt,
                updatedAt, publishedAt, archivedAt);
    }

    private static List<String> codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).toList();
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }
}
