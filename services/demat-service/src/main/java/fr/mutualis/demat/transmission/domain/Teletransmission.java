package fr.mutualis.demat.transmission.domain;

import java.time.Instant;
import java.util.List;

/** A tiers de télétransmission: sends actes to the préfecture and reports its answers. */
public interface Teletransmission {

    /** @return the tiers' identifier of the transmission */
    String send(Envelope envelope, Attachment acte, List<Attachment> annexes);

    PrefectureAnswer status(String transmissionId);

    void sendComplement(String transmissionId, List<Attachment> pieces);

    void cancel(String transmissionId, String reason);

    /** A file sent with a transmission. */
    record Attachment(String name, String mediaType, byte[] content) {
    }

    /** The préfecture's view of a transmission. */
    record PrefectureAnswer(Status status, String acknowledgementIdentifier, Instant receivedAt, String message) {
    }

    enum Status {
        PENDING, ACKNOWLEDGED, REFUSED, COMPLEMENT_REQUESTED, CANCELLED
    }
}
