package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.domain.ExperienceRecordPage;
import java.util.List;

/**
 * One page of {@code GET /api/experiences}, newest first.
 *
 * @param page       zero-based page number
 * @param totalItems number of records over all pages
 */
public record ExperiencePageResponse(List<ExperienceResponse> items, int page, int size, long totalItems,
                                     int totalPages) {

    static ExperiencePageResponse of(ExperienceRecordPage page) {
        return new ExperiencePageResponse(page.items().stream().map(ExperienceResponse::of).toList(),
                page.query().page(), page.query().size(), page.totalItems(), page.totalPages());
    }
}
