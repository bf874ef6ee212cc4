package fr.mutualis.search.benchmark.messaging;

import fr.mutualis.search.benchmark.domain.Assessment;
import fr.mutualis.search.benchmark.domain.AssessmentIndex;
import fr.mutualis.search.shared.messaging.MalformedEventException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code mutualis.barometer.events}: each {@code barometer.assessment.recorded} becomes the collectivité's
 * latest assessment in the benchmark index. Malformed messages go to {@code mutualis.barometer.events.DLT} like the
 * experience ones (same error handler); unknown event types are skipped.
 */
public class BarometerEventListener {

    public static final String LISTENER_ID = "barometer-events";
    static final String RECORDED = "barometer.assessment.recorded";

    private static final Logger log = LoggerFactory.getLogger(BarometerEventListener.class);

    private final AssessmentIndex index;
    private final JsonMapper json;

    public BarometerEventListener(AssessmentIndex index, JsonMapper json) {
        this.index = index;
        this.json = json;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${mutualis.search.barometer-topic}")
    public void onMessage(ConsumerRecord<String, String> record) {
        JsonNode envelope;
        try {
            envelope = record.value() == null ? null : json.readTree(record.value());
        } catch (JacksonException e) {
            throw new MalformedEventException("Message is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (envelope == null || !envelope.isObject() || !"barometer".equals(envelope.path("aggregateType").asString(""))) {
            throw new MalformedEventException("Not a barometer event envelope");
        }
        if (!RECORDED.equals(envelope.path("eventType").asString(""))) {
            log.info("Skipped barometer event of unknown type '{}'", envelope.path("eventType").asString(""));
            return;
        }
        index.index(assessment(envelope));
    }

    @SuppressWarnings("unchecked")
    Assessment assessment(JsonNode envelope) {
        JsonNode data = envelope.path("data");
        String siren = data.path("siren").asString("");
        long version = envelope.path("aggregateVersion").asLong(0);
        String profile = data.path("profile").path("code").asString("");
        if (!siren.matches("[0-9]{9}") || version < 1 || profile.isBlank() || !data.path("collectivite").isObject()) {
            throw new MalformedEventException("A barometer assessment needs data.siren, data.profile.code, "
                    + "data.collectivite and a positive aggregateVersion");
        }
        List<String> axes = new ArrayList<>();
        data.path("answers").path("axes").forEach(axis -> axes.add(axis.asString()));
        List<String> met = new ArrayList<>();
        data.path("criteria").forEach(criterion -> {
            if (criterion.path("met").asBoolean(false)) {
                met.add(criterion.path("criterion").asString());
            }
        });
        return new Assessment(siren, version, data.path("assessedOn").asString(null), profile, axes, met,
                json.convertValue(data.path("collectivite"), Map.class), data.path("demo").asBoolean(false));
    }
}
