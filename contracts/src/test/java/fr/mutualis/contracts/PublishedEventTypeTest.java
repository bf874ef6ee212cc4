package fr.mutualis.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PublishedEventTypeTest {

    enum Change { CREATED, ARCHIVED }

    @Test
    void reads_the_version_and_the_aggregate_type_from_the_schema() {
        PublishedEventType type = PublishedEventType.named("barometer.assessment.recorded");

        assertThat(type.name()).isEqualTo("barometer.assessment.recorded");
        assertThat(type.schemaVersion()).isEqualTo(1);
        assertThat(type.aggregateType()).isEqualTo("barometer");
    }

    @Test
    void an_unknown_type_fails_with_the_name_and_what_is_published() {
        assertThatThrownBy(() -> PublishedEventType.named("experience.record.craeted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No published contract for event type 'experience.record.craeted'")
                .hasMessageContaining("experience.record.created.v1");
    }

    @Test
    void a_schema_of_data_is_not_an_event_type() {
        // experience.record.v1.schema.json exists, but has no example: it is the data of the record's events.
        assertThatThrownBy(() -> PublishedEventType.named("experience.record"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_current_version_is_the_highest_published() {
        List<String> published = List.of("experience.record.created.v1", "experience.record.created.v2",
                "experience.record.created-by-import.v3", "experience.record.v4");

        assertThat(PublishedEventType.latestVersion("experience.record.created", published)).hasValue(2);
        assertThat(PublishedEventType.latestVersion("experience.record.deleted", published)).isEmpty();
    }

    @Test
    void resolves_each_change_of_a_producer() {
        Map<Change, PublishedEventType> types = PublishedEventType.ofEach(Change.class,
                change -> "experience.record." + change.name().toLowerCase());

        assertThat(types).containsOnlyKeys(Change.values());
        assertThat(types.get(Change.ARCHIVED).aggregateType()).isEqualTo("experience");
    }

    static List<String> publishedTypes() {
        return EventContracts.published().stream().map(name -> name.substring(0, name.lastIndexOf(".v")))
                .distinct().toList();
    }

    @ParameterizedTest
    @MethodSource("publishedTypes")
    void every_published_type_declares_its_constants(String name) {
        PublishedEventType type = PublishedEventType.named(name);

        assertThat(EventContracts.published()).contains(type.toString());
        assertThat(type.aggregateType()).matches("[a-z-]+");
    }
}
