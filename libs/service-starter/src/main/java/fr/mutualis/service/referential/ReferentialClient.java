package fr.mutualis.service.referential;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * referential-service as the other services read it, built by {@link ReferentialClientAutoConfiguration} when
 * {@code mutualis.referential.url} is set. A 404 is an empty answer; every other failure (error status, no connection,
 * timeout) is a {@link ReferentialUnavailableException}.
 */
@HttpExchange(accept = MediaType.APPLICATION_JSON_VALUE)
public interface ReferentialClient {

    /** @return the collectivité with this SIREN, empty if the referential does not know it */
    @GetExchange("/api/collectivites/{siren}")
    Optional<CollectiviteDescriptor> collectivite(@PathVariable String siren);

    /** @return the commune with this INSEE code (e.g. {@code 33063}), empty if the referential knows none */
    @GetExchange("/api/collectivites/communes/{inseeCode}")
    Optional<CollectiviteDescriptor> commune(@PathVariable String inseeCode);

    /** @return the service's readiness, {@code UP} once its import is done; empty if it has no such probe */
    @GetExchange("/actuator/health/readiness")
    Optional<Health> readiness();

    /**
     * Waits until the referential has its data (it imports the official package when it starts, possibly at the same
     * time as its consumers), checking every second.
     *
     * @throws ReferentialUnavailableException if it is still not ready after {@code timeout}
     */
    default void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady()) {
            if (System.nanoTime() - deadline > 0) {
                throw new ReferentialUnavailableException("The referential was not ready after " + timeout, null);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReferentialUnavailableException("Interrupted while waiting for the referential", e);
            }
        }
    }

    private boolean isReady() {
        try {
            return readiness().map(Health::up).orElse(false);
        } catch (ReferentialUnavailableException notYet) {
            // not started, or still importing (503)
            return false;
        }
    }

    /** Spring Boot's health answer, of which only the status counts here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Health(String status) {

        public boolean up() {
            return "UP".equals(status);
        }
    }
}
