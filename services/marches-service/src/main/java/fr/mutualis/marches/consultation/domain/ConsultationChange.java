package fr.mutualis.marches.consultation.domain;

/**
 * What happened to a consultation. Each public one is an event {@code marches.consultation.<name>}; a draft's changes
 * stay in the service.
 */
public enum ConsultationChange {
    DRAFTED(false),
    UPDATED(false),
    DCE_ADDED(false),
    PUBLISHED(true),
    DCE_MODIFIED(true),
    DEADLINE_POSTPONED(true),
    QUESTION_ANSWERED(true),
    CLOSED(true),
    OPENED(true),
    AWARDED(true),
    DECLARED_UNSUCCESSFUL(true),
    ABANDONED(true);

    private final boolean published;

    ConsultationChange(boolean published) {
        this.published = published;
    }

    /** Whether the change is an event: from the publication on, never for a draft. */
    public boolean isPublished() {
        return published;
    }
}
