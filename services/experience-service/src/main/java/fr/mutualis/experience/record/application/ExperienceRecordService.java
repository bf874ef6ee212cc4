package fr.mutualis.experience.record.application;

import fr.mutualis.experience.record.domain.ExperienceRecord;
import fr.mutualis.experience.record.domain.ExperienceRecordCreated;
import fr.mutualis.experience.record.domain.ExperienceRecordEventPublisher;
import fr.mutualis.experience.record.domain.ExperienceRecordPage;
import fr.mutualis.experience.record.domain.ExperienceRecordRepository;
import fr.mutualis.experience.record.domain.ExperienceRecordUpdated;
import fr.mutualis.experience.record.domain.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of experience records. Each change stores the record and publishes its event in one transaction:
 * both are committed, or neither.
 */
@Service
public class ExperienceRecordService {

    private final ExperienceRecordRepository records;
    private final ExperienceRecordEventPublisher events;
    private final Clock clock;

    public ExperienceRecordService(ExperienceRecordRepository records, ExperienceRecordEventPublisher events,
                                   Clock clock) {
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** Creates and publishes a record with a new id. */
    @Transactional
    public ExperienceRecord create(ExperienceRecordCommand command) {
        ExperienceRecord record = ExperienceRecord.create(UUID.randomUUID(), command.toContent(), false, now());
        if (!records.insertIfAbsent(record)) {
            throw new IllegalStateException("A random UUID collided with an existing record: " + record.id());
        }
        events.publish(ExperienceRecordCreated.of(record));
        return record;
    }

    /**
     * Creates a record with a given id unless one already has it, e.g. for demonstration data loaded at every
     * start-up.
     *
     * @return true if the record was created, false if the id was taken (nothing is changed then)
     */
    @Transactional
    public boolean createIfAbsent(UUID id, ExperienceRecordCommand command, boolean demo) {
        ExperienceRecord record = ExperienceRecord.create(id, command.toContent(), demo, now());
        if (!records.insertIfAbsent(record)) {
            return false;
        }
        events.publish(ExperienceRecordCreated.of(record));
        return true;
    }

    /**
     * Replaces the content of a record, one version later.
     *
     * @throws ExperienceRecordNotFoundException if there is no such record
     * @throws VersionMismatchException          if the record is not at a version {@code expected} allows
     * @throws ConcurrentUpdateException         if another change of the record was committed meanwhile
     */
    @Transactional
    public ExperienceRecord update(UUID id, ExperienceRecordCommand command, ExpectedVersion expected) {
        ExperienceRecord current = get(id);
        if (!expected.allows(current.version())) {
            throw new VersionMismatchException(id, current.version());
        }
        ExperienceRecord updated = current.update(command.toContent(), now());
        if (!records.updateFromPreviousVersion(updated)) {
            throw new ConcurrentUpdateException(id);
        }
        events.publish(ExperienceRecordUpdated.of(updated));
        return updated;
    }

    /** @throws ExperienceRecordNotFoundException if there is no such record */
    @Transactional(readOnly = true)
    public ExperienceRecord get(UUID id) {
        return records.findById(id).orElseThrow(() -> new ExperienceRecordNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public ExperienceRecordPage list(PageQuery query) {
        return records.findNewestFirst(query);
    }

    /** PostgreSQL keeps microseconds: truncating here makes events and later reads carry the same instants. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
