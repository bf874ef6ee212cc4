package fr.mutualis.experience.record.domain;

import java.util.List;

/**
 * One page of records.
 *
 * @param totalItems number of records over all pages
 */
public record ExperienceRecordPage(List<ExperienceRecord> items, PageQuery query, long totalItems) {

    public ExperienceRecordPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((totalItems + query.size() - 1) / query.size());
    }
}
