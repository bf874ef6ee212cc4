package fr.mutualis.referential.membership.application;

import fr.mutualis.referential.territory.application.Referential;
import fr.mutualis.referential.territory.domain.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demonstration membership ({@code demo/adhesions.json}): an invented syndicate and about forty real members,
 * loaded after the referential's import when {@code mutualis.demo.enabled}; loading again changes nothing.
 */
@Component
@Order(2)
class DemoMembership implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMembership.class);

    private final boolean enabled;
    private final Referential referential;
    private final Memberships memberships;
    private final JsonMapper json;

    DemoMembership(@Value("${mutualis.demo.enabled:false}") boolean enabled, Referential referential,
                   Memberships memberships, JsonMapper json) {
        this.enabled = enabled;
        this.referential = referential;
        this.memberships = memberships;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!enabled) {
            return;
        }
        JsonNode demo = read();
        JsonNode syndicat = demo.required("syndicat");
        String syndicatSiren = syndicat.required("siren").asString();
        if (referential.describe(syndicatSiren).isEmpty()) {
            referential.register(syndicatSiren, Kind.SYNDICAT, syndicat.required("name").asString(), null);
        }
        int loaded = 0;
        for (JsonNode adhesion : demo.required("adhesions")) {
            String siren = adhesion.required("siren").asString();
            if (referential.describe(siren).isEmpty()) {
                log.warn("Demo member {} is not in the referential; skipped", siren);
                continue;
            }
            List<String> services = new ArrayList<>();
            adhesion.required("services").forEach(service -> services.add(service.asString()));
            memberships.join(siren, LocalDate.parse(adhesion.required("adhesionDate").asString()), services, true);
            loaded++;
        }
        log.info("Demonstration membership: {} members", loaded);
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/adhesions.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
