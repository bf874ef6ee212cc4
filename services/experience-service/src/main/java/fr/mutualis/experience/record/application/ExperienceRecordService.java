package fr.mutualis.experience.record.application;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.audit.AuditedAct;
import fr.mutualis.experience.collectivite.domain.Collectivite;
import fr.mutualis.experience.collectivite.domain.CollectiviteDirectory;
import fr.mutualis.experience.collectivite.domain.NotAnAgentOfException;
import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.ExperienceRecord;
import fr.mutualis.experience.record.domain.ExperienceRecordChanged;
import fr.mutualis.experience.record.domain.ExperienceRecordEventPublisher;
import fr.mutualis.experience.record.domain.ExperienceRecordPage;
import fr.mutualis.experience.record.domain.ExperienceRecordRepository;
import fr.mutualis.experience.record.domain.ExperienceStatus;
import fr.mutualis.experience.record.domain.PageQuery;
import fr.mutualis.experience.record.domain.Siren;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of experience records. Each change stores the record and publishes its event in one transaction:
 * both are committed, or neither. Only the agents of a record's collectivité change it ({@code agentSiren} is the
 * SIREN of the signed-in agent's collectivité); drafts are visible to them only.
 */
@Service
public class ExperienceRecordService {

    private final ExperienceRecordRepository records;
    private final ExperienceRecordEventPublisher events;
    private final CollectiviteDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    public ExperienceRecordService(ExperienceRecordRepository records, ExperienceRecordEventPublisher events,
                                   CollectiviteDirectory directory, AuditTrail audit, Clock clock) {
        this.records = records;
        this.events = events;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a draft with a new id, for the agent's own collectivité. */
    @Transactional
    public ExperienceRecord create(String agentSiren, ExperienceRecordCommand command) {
        Instant now = now();
        ExperienceContent content = command.toContent(now);
        NotAnAgentOfException.requireSame(agentSiren, content.siren().value());
        ExperienceRecordChanged created = ExperienceRecord.draft(UUID.randomUUID(), content,
                directory.require(content.siren().value()), partners(content), false, now);
        if (!records.insertIfAbsent(created.record())) {
            throw new IllegalStateException("A random UUID collided with an existing record: " + created.record().id());
        }
        events.publish(created);
        return created.record();
    }

    /**
     * Creates a record with a given id and status unless one already has that id, e.g. for demonstration data loaded
     * at every start-up.
     *
     * @param publishedAt when it was published, if {@code status} is published or archived
     * @return true if the record was created, false if the id was taken (nothing is changed then)
     */
    @Transactional
    public boolean createIfAbsent(UUID id, ExperienceRecordCommand command, ExperienceStatus status,
                                  Instant publishedAt, boolean demo) {
        if (records.findById(id).isPresent()) {
            return false;
        }
        Instant created = publishedAt == null ? now() : publishedAt;
        ExperienceContent content = command.toContent(created);
        List<ExperienceRecordChanged> changes = new ArrayList<>();
        changes.add(ExperienceRecord.draft(id, content, directory.require(content.siren().value()), partners(content),
                demo, created));
        if (status != ExperienceStatus.DRAFT) {
            changes.add(changes.get(0).record().publish(created));
        }
        if (status == ExperienceStatus.ARCHIVED) {
            changes.add(changes.get(1).record().archive(now()));
        }
        if (!records.insertIfAbsent(changes.get(changes.size() - 1).record())) {
            return false;
        }
        changes.forEach(events::publish);
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
    public ExperienceRecord update(String agentSiren, UUID id, ExperienceRecordCommand command,
                                   ExpectedVersion expected) {
        Instant now = now();
        ExperienceContent content = command.toContent(now);
        NotAnAgentOfException.requireSame(agentSiren, content.siren().value());
        return change(agentSiren, id, expected, current -> current.update(content,
                directory.require(content.siren().value()), partners(content), now));
    }

    /** Publishes a draft, or restores an archived record. */
    @Transactional
    public ExperienceRecord publish(String agentSiren, UUID id, ExpectedVersion expected) {
        return change(agentSiren, id, expected, current -> current.publish(now()));
    }

    @Transactional
    public ExperienceRecord archive(String agentSiren, UUID id, ExpectedVersion expected) {
        return change(agentSiren, id, expected, current -> current.archive(now()));
    }

    /**
     * Erases the contact person of one record. Erasing a record without contact changes nothing.
     *
     * @return the record after the erasure
     */
    @Transactional
    public ExperienceRecord eraseContact(String agentSiren, UUID id) {
        ExperienceRecord current = get(id, agentSiren);
        NotAnAgentOfException.requireSame(agentSiren, current.content().siren().value());
        ExperienceRecord erased = eraseContact(current);
        audit.record(AuditedAct.of("experience.contact.erased", "experience-record", id.toString()));
        return erased;
    }

    /**
     * Erases a person from every record that names them as contact: the answer to a request under article 17 of the
     * GDPR, made by the syndicate's DPO.
     *
     * @return the ids of the records changed
     */
    @Transactional
    public List<UUID> eraseContactEverywhere(String email) {
        List<UUID> ids = records.findIdsByContactEmail(email);
        ids.forEach(id -> eraseContact(records.findById(id).orElseThrow()));
        // The request is named by an id of its own: the address it erases must not outlive it in the trail.
        audit.record(AuditedAct.of("contact.erased-everywhere", "erasure-request", UUID.randomUUID().toString())
                .with("records", ids.stream().map(UUID::toString).toList()));
        return ids;
    }

    /**
     * A record as the caller may see it: drafts only by their collectivité's agents.
     *
     * @param agentSiren the signed-in agent's collectivité, null for an anonymous reader
     * @throws ExperienceRecordNotFoundException if there is no such record, or it is a draft of another collectivité
     */
    @Transactional(readOnly = true)
    public ExperienceRecord get(UUID id, String agentSiren) {
        return records.findById(id)
                .filter(record -> record.status() != ExperienceStatus.DRAFT
                        || record.content().siren().value().equals(agentSiren))
                .orElseThrow(() -> new ExperienceRecordNotFoundException(id));
    }

    /**
     * Records newest first: published and archived ones, and the drafts of the agent's collectivité when the listing
     * is of that collectivité.
     *
     * @param siren  the collectivité whose records are listed, null for all
     * @param status only records in this status, null for every status the caller may see
     */
    @Transactional(readOnly = true)
    public ExperienceRecordPage list(String siren, ExperienceStatus status, String agentSiren, PageQuery query) {
        Set<ExperienceStatus> visible = siren != null && siren.equals(agentSiren)
                ? EnumSet.allOf(ExperienceStatus.class)
                : EnumSet.of(ExperienceStatus.PUBLISHED, ExperienceStatus.ARCHIVED);
        if (status != null) {
            visible.retainAll(Set.of(status));
        }
        return records.findNewestFirst(visible, siren == null ? null : Siren.of(siren), query);
    }

    private ExperienceRecord change(String agentSiren, UUID id, ExpectedVersion expected,
                                    Function<ExperienceRecord, ExperienceRecordChanged> change) {
        ExperienceRecord current = get(id, agentSiren);
        NotAnAgentOfException.requireSame(agentSiren, current.content().siren().value());
        if (!expected.allows(current.version())) {
            throw new VersionMismatchException(id, current.version());
        }
        return store(change.apply(current));
    }

    private ExperienceRecord eraseContact(ExperienceRecord current) {
        return current.eraseContact(now()).map(this::store).orElse(current);
    }

    private ExperienceRecord store(ExperienceRecordChanged changed) {
        if (!records.updateFromPreviousVersion(changed.record())) {
            throw new ConcurrentUpdateException(changed.record().id());
        }
        events.publish(changed);
        return changed.record();
    }

    private List<Collectivite> partners(ExperienceContent content) {
        return content.partnerSirens().stream().map(siren -> directory.require(siren.value())).toList();
    }

    /** PostgreSQL keeps microseconds: truncating here makes events and later reads carry the same instants. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
