package fr.mutualis.search.experience.elasticsearch;

import fr.mutualis.search.experience.domain.IndexedExperience;

import java.util.List;

/**
 * The JSON document stored in the {@code experiences} index. Its fields are exactly those of the index template
 * ({@code infra/elasticsearch/index-templates/experiences.json}, {@code dynamic: strict}); dates are ISO-8601.
 */
record ExperienceDocument(
        String id,
        String title,
        String summary,
        String siren,
        List<String> axes,
        String status,
        Boolean demo,
        String createdAt,
        String updatedAt,
        Long version) {

    static ExperienceDocument of(IndexedExperience experience) {
        return new ExperienceDocument(
                experience.id(),
                experience.title(),
                experience.summary(),
                experience.siren(),
                experience.axes(),
                experience.status(),
                experience.demo(),
                experience.createdAt().toString(),
                experience.updatedAt().toString(),
                experience.version());
    }
}
