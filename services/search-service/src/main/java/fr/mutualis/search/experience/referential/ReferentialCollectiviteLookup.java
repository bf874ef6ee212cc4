package fr.mutualis.search.experience.referential;

import fr.mutualis.search.experience.domain.CollectiviteLookup;
import fr.mutualis.search.experience.domain.ReferentialUnavailableException;
import fr.mutualis.search.experience.domain.SearchQuery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a collectivité's descriptor from referential-service's {@code GET /api/collectivites/{siren}}. */
public class ReferentialCollectiviteLookup implements CollectiviteLookup {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI referential;
    private final JsonMapper json;

    public ReferentialCollectiviteLookup(URI referential, JsonMapper json) {
        this.referential = referential;
        this.json = json;
    }

    @Override
    public Optional<SearchQuery.Peers> peersOf(String siren, boolean sameRegion) {
        if (!siren.matches("[0-9]{9}")) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(referential.resolve("/api/collectivites/" + siren))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new ReferentialUnavailableException("The referential answered " + response.statusCode(), null);
            }
            JsonNode collectivite = json.readTree(response.body());
            String region = collectivite.path("region").path("code").asString(null);
            return Optional.of(new SearchQuery.Peers(siren, collectivite.path("kind").asString(),
                    collectivite.path("populationBand").path("code").asString(), sameRegion ? region : null));
        } catch (IOException e) {
            throw new ReferentialUnavailableException("The referential does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
