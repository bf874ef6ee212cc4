package fr.mutualis.experience.collectivite.referential;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import fr.mutualis.experience.collectivite.domain.CollectiviteDirectory;
import fr.mutualis.experience.collectivite.domain.DirectoryUnavailableException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The members referential, read from referential-service's {@code GET /api/collectivites/{siren}}. */
@Component
class ReferentialDirectory implements CollectiviteDirectory {

    private final RestClient http;

    ReferentialDirectory(@Value("${mutualis.referential.url}") String baseUrl) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /** Polls referential-service's readiness, which it reaches once its import is done. */
    @Override
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                String health = http.get().uri("/actuator/health/readiness").retrieve().body(String.class);
                if (health != null && health.contains("UP")) {
                    return;
                }
            } catch (RestClientException notYet) {
                // not started, or still importing
            }
            if (System.nanoTime() > deadline) {
                throw new DirectoryUnavailableException("The referential was not ready after " + timeout, null);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DirectoryUnavailableException("Interrupted while waiting for the referential", e);
            }
        }
    }

    @Override
    public Optional<Collectivite> find(String siren) {
        try {
            return Optional.ofNullable(http.get().uri("/api/collectivites/{siren}", siren)
                    .retrieve()
                    .body(Collectivite.class));
        } catch (HttpClientErrorException ex) {
            if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw new DirectoryUnavailableException("The referential refused the lookup of " + siren, ex);
        } catch (RestClientException ex) {
            throw new DirectoryUnavailableException("The referential did not answer the lookup of " + siren, ex);
        }
    }
}
