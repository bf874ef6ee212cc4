package fr.mutualis.experience.vocabulary.application;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.audit.AuditedAct;
import fr.mutualis.experience.vocabulary.domain.Vocabulary;
import fr.mutualis.experience.vocabulary.domain.VocabularyEntry;
import fr.mutualis.experience.vocabulary.domain.VocabularyEntryNotFoundException;
import fr.mutualis.experience.vocabulary.domain.VocabularyKind;
import fr.mutualis.experience.vocabulary.domain.VocabularyRepository;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' changes to the domain vocabulary. Each one, in one transaction: the new revision stored, the
 * whole vocabulary published (search-service applies it to the next query) and the act in the audit trail.
 */
@Service
public class ManageVocabulary {

    private static final String AUDIT_TARGET = "vocabulary-entry";

    private final VocabularyRepository vocabulary;
    private final AuditTrail audit;
    private final Clock clock;

    public ManageVocabulary(VocabularyRepository vocabulary, AuditTrail audit, Clock clock) {
        this.vocabulary = vocabulary;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Vocabulary current() {
        return vocabulary.current();
    }

    /** @throws fr.mutualis.experience.vocabulary.domain.VocabularyConflictException when a term is in another entry */
    @Transactional
    public VocabularyEntry add(VocabularyKind kind, List<String> terms) {
        VocabularyEntry entry = new VocabularyEntry(UUID.randomUUID(), kind, terms);
        saved(vocabulary.lockCurrent().with(entry, clock.instant()), "vocabulary.entry.added", entry);
        return entry;
    }

    /** Replaces the kind and terms of the entry {@code id}. */
    @Transactional
    public VocabularyEntry replace(UUID id, VocabularyKind kind, List<String> terms) {
        Vocabulary current = vocabulary.lockCurrent();
        VocabularyEntry before = current.entry(id).orElseThrow(() -> new VocabularyEntryNotFoundException(id));
        VocabularyEntry entry = new VocabularyEntry(id, kind, terms);
        if (!entry.equals(before)) {
            saved(current.with(entry, clock.instant()), "vocabulary.entry.changed", entry);
        }
        return entry;
    }

    @Transactional
    public void remove(UUID id) {
        Vocabulary current = vocabulary.lockCurrent();
        VocabularyEntry removed = current.entry(id).orElseThrow(() -> new VocabularyEntryNotFoundException(id));
        saved(current.without(id, clock.instant()), "vocabulary.entry.removed", removed);
    }

    private void saved(Vocabulary next, String action, VocabularyEntry entry) {
        vocabulary.save(next);
        audit.record(AuditedAct.of(action, AUDIT_TARGET, entry.id().toString())
                .with("kind", entry.kind().code())
                .with("terms", entry.terms())
                .with("revision", next.revision()));
    }
}
