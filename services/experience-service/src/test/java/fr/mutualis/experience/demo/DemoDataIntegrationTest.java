package fr.mutualis.experience.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.support.OutboxRows.Row;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With {@code mutualis.demo.enabled=true}, as the platform launcher starts the service. */
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class DemoDataIntegrationTest extends ServiceIntegrationTest {

    @Autowired
    private DemoDataLoader loader;

    private List<UUID> demoIds() throws Exception {
        return DemoDataFileTest.experiences().stream().map(DemoExperience::id).toList();
    }

    private long storedDemoRecords(List<UUID> ids) {
        return jdbc.sql("SELECT count(*) FROM experience_record WHERE demo AND id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(Long.class).single();
    }

    @Test
    void the_demo_experiences_are_loaded_at_start_up_each_with_its_created_event() throws Exception {
        List<UUID> ids = demoIds();

        assertThat(storedDemoRecords(ids)).isEqualTo(ids.size());
        for (UUID id : ids) {
            List<Row> rows = outbox.of(id);
            assertThat(rows).as("outbox of %s", id).isNotEmpty();
            assertThat(rows.get(0).type()).isEqualTo("experience.record.created");
            assertThat(rows.get(0).aggregateVersion()).isEqualTo(1);
            assertThat(json.readTree(rows.get(0).payload()).get("data").get("demo").asBoolean()).isTrue();
        }
        var gironde = api.get("/api/experiences/e7a1d0c0-0000-4000-8000-000000000001");
        assertThat(gironde.status()).isEqualTo(200);
        assertThat(gironde.body().get("demo").asBoolean()).isTrue();
        assertThat(gironde.body().get("siren").asString()).isEqualTo("223300013");
    }

    @Test
    void loading_again_changes_nothing() throws Exception {
        List<UUID> ids = demoIds();
        long records = jdbc.sql("SELECT count(*) FROM experience_record").query(Long.class).single();
        long events = jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();

        DemoDataLoader.Result second = loader.load();
        DemoDataLoader.Result third = loader.load();

        assertThat(second.created()).isZero();
        assertThat(second.skipped()).isEqualTo(ids.size());
        assertThat(third).isEqualTo(second);
        assertThat(storedDemoRecords(ids)).isEqualTo(ids.size());
        assertThat(jdbc.sql("SELECT count(*) FROM experience_record").query(Long.class).single()).isEqualTo(records);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single()).isEqualTo(events);
    }
}
