package fr.mutualis.demat.acte.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An acte administratif of a collectivité, from its draft to its archiving. Every change checks the state it starts
 * from, moves the acte to its next state, adds a line to its history and returns what changed, which the application
 * publishes as an event in the same transaction.
 */
public final class Acte {

    /** @CTES' limit for one transmission: the acte and its annexes together. */
    public static final long MAX_TOTAL_BYTES = 150L * 1024 * 1024;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final UUID id;
    private final String siren;
    private final String departement;
    private final String authorEmail;
    private final Instant createdAt;
    private ActeMetadata metadata;
    private ActeState state;
    private long version;
    private Instant updatedAt;
    private DocumentRef mainDocument;
    private List<DocumentRef> annexes;
    private DocumentRef signedDocument;
    private DocumentRef stampedDocument;
    private Circuit circuit;
    private String transmissionId;
    private Instant transmittedAt;
    private Acknowledgement acknowledgement;
    private String prefectureMessage;
    private Instant publishedAt;
    private final List<HistoryEntry> newHistory = new ArrayList<>();

    /** An acte as stored; {@link #draft} creates a new one. */
    public Acte(UUID id, String siren, String departement, String authorEmail, Instant createdAt, ActeMetadata metadata,
                ActeState state, long version, Instant updatedAt, DocumentRef mainDocument, List<DocumentRef> annexes,
                DocumentRef signedDocument, DocumentRef stampedDocument, Circuit circuit, String transmissionId,
                Instant transmittedAt, Acknowledgement acknowledgement, String prefectureMessage, Instant publishedAt) {
        this.id = Objects.requireNonNull(id);
        this.siren = Objects.requireNonNull(siren);
        this.departement = Objects.requireNonNull(departement);
        this.authorEmail = authorEmail;
        this.createdAt = createdAt;
        this.metadata = Objects.requireNonNull(metadata);
        this.state = Objects.requireNonNull(state);
        this.version = version;
        this.updatedAt = updatedAt;
        this.mainDocument = mainDocument;
        this.annexes = annexes == null ? List.of() : List.copyOf(annexes);
        this.signedDocument = signedDocument;
        this.stampedDocument = stampedDocument;
        this.circuit = circuit;
        this.transmissionId = transmissionId;
        this.transmittedAt = transmittedAt;
        this.acknowledgement = acknowledgement;
        this.prefectureMessage = prefectureMessage;
        this.publishedAt = publishedAt;
    }

    /**
     * A new draft by an agent of its collectivité.
     *
     * @param departement the département of the collectivité's préfecture on three characters ({@code 033}, {@code 02A})
     */
    public static Acte draft(UUID id, String siren, String departement, ActeMetadata metadata, Actor author, Instant now) {
        metadata.checkDecisionDateNotAfter(LocalDate.ofInstant(now, PARIS));
        if (departement == null || !departement.matches("[0-9]{2}[0-9AB]")) {
            throw new ActeRuleException("collectivite", "Le département de la collectivité est inconnu.");
        }
        Acte acte = new Acte(id, siren, departement, author.email(), now, metadata, ActeState.DRAFTED, 0, now, null,
                List.of(), null, null, null, null, null, null, null, null);
        acte.record(author, ActeChange.DRAFTED, ActeState.DRAFTED, now, null);
        return acte;
    }

    /** The acte's unique identifier as @CTES gives it: {@code DDD-SIREN-YYYYMMDD-NUMERO-NN}. */
    public String identifier() {
        return departement + "-" + siren + "-" + COMPACT_DATE.format(metadata.decisionDate()) + "-" + metadata.numero()
                + "-" + metadata.nature().abbreviation();
    }

    public ActeChange update(ActeMetadata changed, Actor actor, Instant now) {
        requireEditable();
        changed.checkDecisionDateNotAfter(LocalDate.ofInstant(now, PARIS));
        this.metadata = changed;
        return record(actor, ActeChange.UPDATED, state, now, null);
    }

    public ActeChange attachMainDocument(DocumentRef document, Actor actor, Instant now) {
        requireEditable();
        checkTotal(document.size() - (mainDocument == null ? 0 : mainDocument.size()));
        this.mainDocument = document;
        this.signedDocument = null;
        return record(actor, ActeChange.UPDATED, state, now, "Document principal : " + document.name());
    }

    public ActeChange addAnnex(DocumentRef document, Actor actor, Instant now) {
        requireEditable();
        checkTotal(document.size());
        List<DocumentRef> more = new ArrayList<>(annexes);
        more.add(document);
        this.annexes = List.copyOf(more);
        return record(actor, ActeChange.UPDATED, state, now, "Annexe : " + document.name());
    }

    /** The total an acte would reach with {@code extraBytes} more, refused beyond @CTES' limit. */
    public void checkTotal(long extraBytes) {
        if (totalBytes() + extraBytes > MAX_TOTAL_BYTES) {
            throw new ActeRuleException("fichier",
                    "L'acte et ses annexes dépasseraient ensemble 150 Mo, la limite du contrôle de légalité.");
        }
    }

    public long totalBytes() {
        return (mainDocument == null ? 0 : mainDocument.size()) + annexes.stream().mapToLong(DocumentRef::size).sum();
    }

    public ActeChange startCircuit(Circuit steps, Actor actor, Instant now) {
        requireEditable();
        if (mainDocument == null) {
            throw new ActeLifecycleException("Ajoutez le document principal (PDF) avant de mettre l'acte en circuit.");
        }
        this.circuit = steps;
        this.signedDocument = null;
        return record(actor, ActeChange.CIRCUIT_STARTED, ActeState.IN_CIRCUIT, now, steps.steps().size() + " étape(s)");
    }

    /** The current step is a visa: given, the circuit goes on (or ends if it was the last step). */
    public ActeChange giveVisa(Actor actor, String onBehalfOf, Instant now) {
        CircuitStep step = currentStep();
        if (step.kind() != CircuitStep.StepKind.VISA) {
            throw new ActeLifecycleException("L'étape en cours est une signature, pas un visa.");
        }
        circuit = circuit.withCurrentDone(actor, onBehalfOf, now);
        return circuit.complete()
                ? record(actor, ActeChange.SIGNED, ActeState.SIGNED, now, delegationNote(onBehalfOf))
                : record(actor, ActeChange.VISA_GIVEN, ActeState.IN_CIRCUIT, now, delegationNote(onBehalfOf));
    }

    /** The current step is a signature: {@code signed} is the document with the signer's PAdES signature added. */
    public ActeChange sign(DocumentRef signed, Actor actor, String onBehalfOf, Instant now) {
        CircuitStep step = currentStep();
        if (step.kind() != CircuitStep.StepKind.SIGNATURE) {
            throw new ActeLifecycleException("L'étape en cours est un visa, pas une signature.");
        }
        this.signedDocument = signed;
        circuit = circuit.withCurrentDone(actor, onBehalfOf, now);
        String note = "Signature électronique (PAdES)" + (onBehalfOf == null ? "" : ", " + delegationNote(onBehalfOf));
        return circuit.complete()
                ? record(actor, ActeChange.SIGNED, ActeState.SIGNED, now, note)
                : record(actor, ActeChange.VISA_GIVEN, ActeState.IN_CIRCUIT, now, note);
    }

    /** Back to its author, with the reason. */
    public ActeChange reject(String reason, Actor actor, Instant now) {
        currentStep();
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new ActeRuleException("motif", "Le motif du rejet est obligatoire (2 000 caractères au plus).");
        }
        this.circuit = null;
        this.signedDocument = null;
        return record(actor, ActeChange.REJECTED, ActeState.REJECTED, now, reason.strip());
    }

    /**
     * The signed document to send to the préfecture, refused unless the acte may be transmitted now: checked before
     * anything leaves the platform.
     */
    public DocumentRef documentToTransmit() {
        if (state != ActeState.SIGNED && state != ActeState.REFUSED_BY_PREFECTURE) {
            throw new ActeLifecycleException("Seul un acte signé (ou refusé puis corrigé) se transmet en préfecture.");
        }
        if (signedDocument == null) {
            throw new ActeLifecycleException("Cet acte doit repasser dans son circuit de signature avant d'être transmis.");
        }
        return signedDocument;
    }

    public ActeChange transmitted(String transmissionId, Actor actor, Instant now) {
        documentToTransmit();
        this.transmissionId = transmissionId;
        this.transmittedAt = now;
        this.prefectureMessage = null;
        return record(actor, ActeChange.TRANSMITTED, ActeState.TRANSMITTED, now, "Transmission " + transmissionId);
    }

    public ActeChange acknowledged(Acknowledgement ar, Instant now) {
        requireState(ActeState.TRANSMITTED, "Seul un acte transmis reçoit un accusé de réception.");
        this.acknowledgement = ar;
        return record(Actor.platform(siren), ActeChange.ACKNOWLEDGED, ActeState.ACKNOWLEDGED, now,
                "AR " + ar.identifier());
    }

    public ActeChange refusedByPrefecture(String reason, Instant now) {
        requireState(ActeState.TRANSMITTED, "Seul un acte transmis peut être refusé par la préfecture.");
        this.prefectureMessage = reason;
        this.transmissionId = null;
        return record(Actor.platform(siren), ActeChange.TRANSMISSION_REFUSED, ActeState.REFUSED_BY_PREFECTURE, now,
                reason);
    }

    public ActeChange complementRequested(String message, Instant now) {
        requireState(ActeState.ACKNOWLEDGED, "Des pièces complémentaires ne se demandent que pour un acte reçu.");
        this.prefectureMessage = message;
        return record(Actor.platform(siren), ActeChange.COMPLEMENT_REQUESTED, ActeState.COMPLEMENT_REQUESTED, now,
                message);
    }

    public ActeChange complementSent(List<DocumentRef> pieces, Actor actor, Instant now) {
        requireState(ActeState.COMPLEMENT_REQUESTED, "La préfecture n'a pas demandé de pièces complémentaires.");
        this.prefectureMessage = null;
        return record(actor, ActeChange.COMPLEMENT_SENT, ActeState.ACKNOWLEDGED, now, pieces.size()
                + " pièce(s) : " + String.join(", ", pieces.stream().map(DocumentRef::name).toList()));
    }

    /** Public from now on, with its stamped copy; the signed original stays as it is. */
    public ActeChange publish(DocumentRef stamped, Actor actor, Instant now) {
        requireState(ActeState.ACKNOWLEDGED, "Seul un acte reçu en préfecture (AR), sans pièce en attente, se publie.");
        this.stampedDocument = stamped;
        this.publishedAt = now;
        return record(actor, ActeChange.PUBLISHED, ActeState.PUBLISHED, now, null);
    }

    public ActeChange archive(Actor actor, Instant now) {
        requireState(ActeState.PUBLISHED, "Seul un acte publié s'archive.");
        return record(actor, ActeChange.ARCHIVED, ActeState.ARCHIVED, now, null);
    }

    /** Annulation of a transmitted acte: the préfecture is told and the acte is no longer public. */
    public ActeChange cancel(String reason, Actor actor, Instant now) {
        if (state != ActeState.ACKNOWLEDGED && state != ActeState.COMPLEMENT_REQUESTED
                && state != ActeState.PUBLISHED) {
            throw new ActeLifecycleException("Seul un acte reçu en préfecture (AR) s'annule : attendez l'accusé de "
                    + "réception.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new ActeRuleException("motif", "Le motif de l'annulation est obligatoire (2 000 caractères au plus).");
        }
        return record(actor, ActeChange.CANCELLED, ActeState.CANCELLED, now, reason.strip());
    }

    /** The step to do now, refused when the acte is not in its circuit. */
    public CircuitStep currentStep() {
        if (state != ActeState.IN_CIRCUIT || circuit == null) {
            throw new ActeLifecycleException("Cet acte n'est pas dans un circuit de signature.");
        }
        return circuit.current().orElseThrow(() -> new ActeLifecycleException("Le circuit est terminé."));
    }

    /** The document the next signature is added to: the latest signed version, else the original. */
    public DocumentRef documentToSign() {
        return signedDocument != null ? signedDocument : mainDocument;
    }

    /** @throws ActeLifecycleException when the acte's metadata and documents can no longer change */
    public void requireEditable() {
        if (!state.isEditable()) {
            throw new ActeLifecycleException("Un acte « " + state.label().toLowerCase(java.util.Locale.ROOT)
                    + " » ne se modifie plus.");
        }
    }

    private void requireState(ActeState expected, String message) {
        if (state != expected) {
            throw new ActeLifecycleException(message);
        }
    }

    private static String delegationNote(String onBehalfOf) {
        return onBehalfOf == null ? null : "par délégation de " + onBehalfOf;
    }

    private ActeChange record(Actor actor, ActeChange change, ActeState to, Instant now, String detail) {
        newHistory.add(new HistoryEntry(now, actor.email(), actor.name(), change, state, to, detail));
        this.state = to;
        this.version++;
        this.updatedAt = now;
        return change;
    }

    /** History lines not stored yet; the repository takes them once. */
    public List<HistoryEntry> takeNewHistory() {
        List<HistoryEntry> taken = List.copyOf(newHistory);
        newHistory.clear();
        return taken;
    }

    public UUID id() { return id; }
    public String siren() { return siren; }
    public String departement() { return departement; }
    public String authorEmail() { return authorEmail; }
    public Instant createdAt() { return createdAt; }
    public ActeMetadata metadata() { return metadata; }
    public ActeState state() { return state; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
    public Optional<DocumentRef> mainDocument() { return Optional.ofNullable(mainDocument); }
    public List<DocumentRef> annexes() { return annexes; }
    public Optional<DocumentRef> signedDocument() { return Optional.ofNullable(signedDocument); }
    public Optional<DocumentRef> stampedDocument() { return Optional.ofNullable(stampedDocument); }
    public Optional<Circuit> circuit() { return Optional.ofNullable(circuit); }
    public Optional<String> transmissionId() { return Optional.ofNullable(transmissionId); }
    public Optional<Instant> transmittedAt() { return Optional.ofNullable(transmittedAt); }
    public Optional<Acknowledgement> acknowledgement() { return Optional.ofNullable(acknowledgement); }
    public Optional<String> prefectureMessage() { return Optional.ofNullable(prefectureMessage); }
    public Optional<Instant> publishedAt() { return Optional.ofNullable(publishedAt); }
}
