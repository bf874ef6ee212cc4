package fr.mutualis.portal.barometer;

import fr.mutualis.portal.shared.calls.PlatformServices;
import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The barometer's calls: its referential, simulations, assessments (experience-service) and the peers' figures
 * (search-service), each on behalf of the signed-in person. Refusals come back as
 * {@link fr.mutualis.portal.shared.calls.ServiceProblem}s.
 */
@Component
class BarometerCalls {

    private static final ParameterizedTypeReference<List<Assessment>> ASSESSMENTS = new ParameterizedTypeReference<>() {
    };

    private final PlatformServices services;

    BarometerCalls(PlatformServices services) {
        this.services = services;
    }

    Referential referential() {
        return services.of(PlatformServices.EXPERIENCE).get().uri("/api/barometre/referentiel").retrieve()
                .body(Referential.class);
    }

    /** The collectivité's assessments, newest first. */
    List<Assessment> history(String siren) {
        List<Assessment> history = services.of(PlatformServices.EXPERIENCE).get()
                .uri("/api/collectivites/{siren}/barometre", siren).retrieve().body(ASSESSMENTS);
        return history == null ? List.of() : history;
    }

    /** The profile the answers would give, nothing recorded. */
    Assessment simulate(AnswersForm form) {
        return services.of(PlatformServices.EXPERIENCE).post().uri("/api/barometre/simulation")
                .contentType(MediaType.APPLICATION_JSON).body(form.toRequest()).retrieve().body(Assessment.class);
    }

    /** Records an assessment of the agent's own collectivité: the service refuses anyone else. */
    Assessment record(String siren, AnswersForm form) {
        return services.of(PlatformServices.EXPERIENCE).post().uri("/api/collectivites/{siren}/barometre", siren)
                .contentType(MediaType.APPLICATION_JSON).body(form.toRequest()).retrieve().body(Assessment.class);
    }

    /** The collectivités of the same kind and population band, and where this one stands among them. */
    Optional<PeerBenchmark> peersOf(String siren) {
        return Optional.ofNullable(services.of(PlatformServices.SEARCH).get()
                .uri("/api/benchmark?comparableTo={siren}", siren).retrieve().body(PeerBenchmark.class));
    }
}
