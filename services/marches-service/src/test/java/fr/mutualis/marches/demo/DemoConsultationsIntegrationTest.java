package fr.mutualis.marches.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.marches.consultation.application.ConsultationService;
import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationState;
import fr.mutualis.marches.opendata.application.OpenDataExport;
import fr.mutualis.marches.support.MarchesIntegrationTest;
import fr.mutualis.procurement.decp.DecpSchemaValidator;
import fr.mutualis.testing.stack.RealStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The demonstration consultations as the launcher asks for them ({@code mutualis.demo.enabled=true}), in a database of
 * their own: two open for bids, one awarded and notified (in valid DECP), one infructueuse, one draft; loaded in the
 * background after start-up, and only once.
 */
@TestPropertySource(properties = "mutualis.demo.enabled=true")
@Import(DemoConsultationsIntegrationTest.OwnDatabase.class)
class DemoConsultationsIntegrationTest extends MarchesIntegrationTest {

    private static final Actor AGENT = new Actor("agent.gironde@demo.mutualis.fr", "Léa Dubois",
            DemoConsultationsLoader.GIRONDE, "22330001300017", true, false);

    @Autowired
    private DemoConsultationsStartup startup;
    @Autowired
    private DemoConsultationsLoader loader;
    @Autowired
    private ConsultationService consultations;
    @Autowired
    private OpenDataExport openData;

    /** A fresh database, where the Département has no consultation before the demonstration. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {

        @Bean
        DataSource demoDatabase() throws Exception {
            var endpoints = RealStack.endpoints();
            try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl("postgres"),
                    endpoints.postgresUser(), endpoints.postgresPassword());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS marches_demo_test WITH (FORCE)");
            }
            return DataSourceBuilder.create().url(endpoints.jdbcUrl("marches_demo_test"))
                    .username(endpoints.postgresUser()).password(endpoints.postgresPassword()).build();
        }
    }

    @Test
    void theDemoIsLoadedInEveryStateAndOnlyOnce() throws Exception {
        assertThat(startup.completion().get(3, TimeUnit.MINUTES)).isEqualTo(5);
        var loaded = consultations.ofMyCollectivite(AGENT, Optional.empty());
        assertThat(loaded).extracting(Consultation::state).containsExactlyInAnyOrder(ConsultationState.PUBLIEE,
                ConsultationState.PUBLIEE, ConsultationState.ATTRIBUEE, ConsultationState.INFRUCTUEUSE,
                ConsultationState.BROUILLON);
        assertThat(loaded.stream().filter(found -> found.state() == ConsultationState.PUBLIEE)
                .flatMap(found -> found.questions().stream())).hasSize(1);

        String decp = openData.decp(DemoConsultationsLoader.GIRONDE, serviceToday().getYear());
        assertThat(new DecpSchemaValidator().validate(decp)).isEmpty();
        assertThat(decp).contains("Audit de sécurité", "41234567000019");

        assertThat(loader.load()).isZero();
    }
}
