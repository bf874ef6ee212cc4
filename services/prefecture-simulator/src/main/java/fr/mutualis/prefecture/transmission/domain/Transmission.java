package fr.mutualis.prefecture.transmission.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One acte transmitted by a tiers de télétransmission, and what the préfecture made of it: received (EN_ATTENTE),
 * then acknowledged or refused; once acknowledged, additional pieces may be asked for and sent, and its sender may
 * cancel it.
 */
public final class Transmission {

    private final UUID id;
    private final String tiers;
    private final String acteIdentifier;
    private final NatureActe nature;
    private final Classification classification;
    private final Instant receivedAt;
    private TransmissionStatus status;
    private Acknowledgement acknowledgement;
    private String refusalReason;
    private ComplementRequest complementRequest;
    private final List<HistoryEntry> history;

    public Transmission(UUID id, String tiers, String acteIdentifier, NatureActe nature, Classification classification,
                        Instant receivedAt, TransmissionStatus status, Acknowledgement acknowledgement,
                        String refusalReason, ComplementRequest complementRequest, List<HistoryEntry> history) {
        this.id = id;
        this.tiers = tiers;
        this.acteIdentifier = acteIdentifier;
        this.nature = nature;
        this.classification = classification;
        this.receivedAt = receivedAt;
        this.status = status;
        this.acknowledgement = acknowledgement;
        this.refusalReason = refusalReason;
        this.complementRequest = complementRequest;
        this.history = new ArrayList<>(history);
    }

    /** A transmission just received, waiting for the contrôle de légalité. */
    public static Transmission receive(UUID id, String tiers, ActeEnvelope envelope, Instant at) {
        int annexes = envelope.annexNames().size();
        String detail = "Transmission reçue : l'acte et " + (annexes == 0 ? "aucune annexe"
                : annexes == 1 ? "1 annexe" : annexes + " annexes") + ".";
        return new Transmission(id, tiers, envelope.identifier(), envelope.nature(), envelope.classification(), at,
                TransmissionStatus.EN_ATTENTE, null, null, null,
                List.of(new HistoryEntry(TransmissionStatus.EN_ATTENTE, at, detail)));
    }

    /** Refuses a waiting transmission. */
    public void refuse(String reason, Instant at) {
        require(TransmissionStatus.EN_ATTENTE, "Seule une transmission en attente peut être refusée.");
        refusalReason = reason;
        move(TransmissionStatus.REFUSEE, at, reason);
    }

    /** Acknowledges a waiting transmission: its accusé de réception bears the acte's identifier. */
    public void acknowledge(Instant at) {
        require(TransmissionStatus.EN_ATTENTE, "Seule une transmission en attente peut être acquittée.");
        acknowledgement = new Acknowledgement(acteIdentifier, at);
        move(TransmissionStatus.ACQUITTEE, at, "Accusé de réception délivré : " + acteIdentifier + ".");
    }

    /** Asks for additional pieces about an acknowledged transmission. */
    public void requestComplement(String message, Instant at) {
        require(TransmissionStatus.ACQUITTEE, "Des pièces ne peuvent être demandées que pour un acte acquitté.");
        complementRequest = new ComplementRequest(message, at);
        move(TransmissionStatus.PIECES_DEMANDEES, at, message);
    }

    /** Takes the pieces asked for: the transmission is acknowledged again. */
    public void receiveComplement(int pieces, Instant at) {
        if (status != TransmissionStatus.PIECES_DEMANDEES) {
            throw new TransmissionStateException(status, "La préfecture n'a pas demandé de pièces complémentaires "
                    + "pour cette transmission (statut " + status + ").");
        }
        move(TransmissionStatus.ACQUITTEE, at, "Pièces complémentaires reçues (" + pieces
                + (pieces == 1 ? " pièce)." : " pièces)."));
    }

    /** Cancels an acknowledged transmission, at its sender's request. */
    public void cancel(String motif, Instant at) {
        if (status != TransmissionStatus.ACQUITTEE && status != TransmissionStatus.PIECES_DEMANDEES) {
            throw new TransmissionStateException(status, "Seul un acte acquitté peut être annulé ; cette "
                    + "transmission est au statut " + status + ".");
        }
        move(TransmissionStatus.ANNULEE, at, motif == null || motif.isBlank()
                ? "Annulation demandée par l'émetteur." : "Annulation demandée par l'émetteur : " + motif.strip());
    }

    /** Whether its acte counts as received by the préfecture: acknowledged and not cancelled. */
    public boolean holdsTheActe() {
        return status == TransmissionStatus.ACQUITTEE || status == TransmissionStatus.PIECES_DEMANDEES;
    }

    private void require(TransmissionStatus expected, String reason) {
        if (status != expected) {
            throw new TransmissionStateException(status, reason);
        }
    }

    private void move(TransmissionStatus next, Instant at, String detail) {
        status = next;
        history.add(new HistoryEntry(next, at, detail));
    }

    public UUID id() {
        return id;
    }

    public String tiers() {
        return tiers;
    }

    public String acteIdentifier() {
        return acteIdentifier;
    }

    public NatureActe nature() {
        return nature;
    }

    public Classification classification() {
        return classification;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public TransmissionStatus status() {
        return status;
    }

    public Acknowledgement acknowledgement() {
        return acknowledgement;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public ComplementRequest complementRequest() {
        return complementRequest;
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }
}
