package fr.mutualis.demat.support;

import fr.mutualis.demat.transmission.domain.Envelope;
import fr.mutualis.demat.transmission.domain.Teletransmission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * An in-memory tiers de télétransmission answering as the préfecture simulator's demonstration defaults do: matière
 * 9.4 refused, 1.1 acknowledged then pièces complémentaires asked (until they are sent), the rest acknowledged at
 * once. For the tests that need actes past their transmission (published, archived…) without the simulator running.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SimulatedPrefecture {

    @Bean
    @Primary
    Teletransmission simulatedTiers() {
        return new Teletransmission() {

            private final Map<String, Sent> sent = new ConcurrentHashMap<>();

            @Override
            public String send(Envelope envelope, Attachment acte, List<Attachment> annexes) {
                String id = "SIM-" + UUID.randomUUID();
                sent.put(id, new Sent(envelope.matiereCode(), Instant.now(), false, false));
                return id;
            }

            @Override
            public PrefectureAnswer status(String transmissionId) {
                Sent transmission = sent.get(transmissionId);
                if (transmission == null) {
                    return new PrefectureAnswer(Status.PENDING, null, null, null);
                }
                String ar = "AR-" + transmissionId.substring(4, 12);
                if (transmission.cancelled()) {
                    return new PrefectureAnswer(Status.CANCELLED, ar, transmission.at(), null);
                }
                if (transmission.matiere().startsWith("9.4")) {
                    return new PrefectureAnswer(Status.REFUSED, null, null,
                            "Les vœux et motions ne sont pas soumis au contrôle de légalité.");
                }
                if (transmission.matiere().startsWith("1.1") && !transmission.complemented()) {
                    return new PrefectureAnswer(Status.COMPLEMENT_REQUESTED, ar, transmission.at(),
                            "Merci de transmettre le rapport d'analyse des offres.");
                }
                return new PrefectureAnswer(Status.ACKNOWLEDGED, ar, transmission.at(), null);
            }

            @Override
            public void sendComplement(String transmissionId, List<Attachment> pieces) {
                sent.computeIfPresent(transmissionId, (id, t) -> new Sent(t.matiere(), t.at(), true, t.cancelled()));
            }

            @Override
            public void cancel(String transmissionId, String reason) {
                sent.computeIfPresent(transmissionId, (id, t) -> new Sent(t.matiere(), t.at(), t.complemented(), true));
            }
        };
    }

    private record Sent(String matiere, Instant at, boolean complemented, boolean cancelled) {
    }
}
