package fr.mutualis.search.benchmark.messaging;

import fr.mutualis.events.EventEnvelope;
import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.benchmark.domain.Assessment;
import fr.mutualis.search.benchmark.domain.AssessmentIndex;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code mutualis.barometer.events}: each {@code barometer.assessment.recorded} becomes the collectivité's
 * latest assessment in the benchmark index. Other types are skipped, malformed messages dead-lettered by the
 * platform's policy ({@code libs/event-consumer}).
 */
public class BarometerEventListener {

    public static final String LISTENER_ID = "barometer-events";

    /** What the benchmark reads of an assessment ({@code contracts/events/barometer.assessment.v1.schema.json}). */
    record Recorded(String siren, String assessedOn, Answers answers, Code profile, List<Criterion> criteria,
                    Map<String, Object> collectivite, boolean demo) {

        record Answers(List<String> axes) {
        }

        record Code(String code) {
        }

        record Criterion(String criterion, boolean met) {
        }
    }

    private final AssessmentIndex index;
    private final EventReader<Recorded> reader;

    public BarometerEventListener(AssessmentIndex index, EventReaders readers) {
        this.index = index;
        this.reader = readers.reader(Recorded.class, "barometer.assessment.recorded.v1");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${mutualis.search.barometer-topic}")
    public void onMessage(ConsumerRecord<String, String> record) {
        reader.read(record).map(BarometerEventListener::assessment).ifPresent(index::index);
    }

    static Assessment assessment(EventEnvelope<Recorded> event) {
        Recorded data = event.data();
        List<String> met = data.criteria().stream().filter(Recorded.Criterion::met).map(Recorded.Criterion::criterion)
                .toList();
        return new Assessment(data.siren(), event.aggregateVersion(), data.assessedOn(), data.profile().code(),
                data.answers().axes(), met, data.collectivite(), data.demo());
    }
}
