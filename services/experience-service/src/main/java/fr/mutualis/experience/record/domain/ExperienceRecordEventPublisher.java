package fr.mutualis.experience.record.domain;

/**
 * Publishes the events of experience records. Implementations write in the caller's transaction, so that an event
 * exists if and only if its change was committed.
 */
public interface ExperienceRecordEventPublisher {

    void publish(ExperienceRecordChanged event);
}
