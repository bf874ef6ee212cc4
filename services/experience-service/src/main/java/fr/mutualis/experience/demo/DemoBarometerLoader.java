package fr.mutualis.experience.demo;

import fr.mutualis.experience.barometer.application.Barometer;
import fr.mutualis.experience.barometer.domain.Answers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demonstration self-assessments ({@code demo/barometer.json}: members of the demonstration syndicate, some
 * assessed twice to show progress) through the application service. Idempotent: fixed ids.
 */
@Component
public class DemoBarometerLoader {

    static final String LOCATION = "demo/barometer.json";
    private static final Logger log = LoggerFactory.getLogger(DemoBarometerLoader.class);

    private final Barometer barometer;
    private final JsonMapper json;

    DemoBarometerLoader(Barometer barometer, JsonMapper json) {
        this.barometer = barometer;
        this.json = json;
    }

    /** @return how many assessments were recorded by this load */
    public int load() {
        int recorded = 0;
        for (JsonNode entry : read()) {
            if (barometer.recordDemoIfAbsent(UUID.fromString(entry.required("id").asString()),
                    entry.required("siren").asString(), LocalDate.parse(entry.required("assessedOn").asString()),
                    answers(entry))) {
                recorded++;
            }
        }
        log.info("Demonstration self-assessments from {}: {} recorded", LOCATION, recorded);
        return recorded;
    }

    static Answers answers(JsonNode entry) {
        return new Answers(entry.required("strategicPlan").asBoolean(), entry.required("digitalElu").asBoolean(),
                codes(entry.required("axes")), codes(entry.required("roles")), entry.required("monitoring").asBoolean(),
                codes(entry.required("communicationTools")));
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> codes = new LinkedHashSet<>();
        list.forEach(code -> codes.add(code.asString()));
        return codes;
    }

    JsonNode read() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
