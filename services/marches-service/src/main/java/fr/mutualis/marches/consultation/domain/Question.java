package fr.mutualis.marches.consultation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A company's question on a consultation and the buyer's answer, published to every company without the name of the
 * company that asked (equal treatment of candidates).
 *
 * @param askedBySiret who asked: for the buyer only, never published
 */
public record Question(UUID id, String text, Instant askedAt, String askedBySiret, String answer, Instant answeredAt) {

    public boolean isAnswered() {
        return answer != null;
    }

    Question answered(String reply, Instant at) {
        return new Question(id, text, askedAt, askedBySiret, reply, at);
    }
}
