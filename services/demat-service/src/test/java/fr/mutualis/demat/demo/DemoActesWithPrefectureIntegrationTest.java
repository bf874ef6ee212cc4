package fr.mutualis.demat.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.mutualis.demat.acte.application.ActeService;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeState;
import fr.mutualis.demat.support.DematIntegrationTest;
import fr.mutualis.demat.support.SimulatedPrefecture;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole demonstration, every state of an acte, with a préfecture that answers as the simulator's demonstration
 * defaults do ({@link SimulatedPrefecture}): acknowledged, pièces demandées (1.1), refused (9.4), then published,
 * archived and cancelled by the agent.
 */
@TestPropertySource(properties = {"mutualis.demo.enabled=true", "mutualis.demo.transmit=true",
        "mutualis.demat.prefecture.poll-interval=PT0.5S"})
@Import({SimulatedPrefecture.class, DemoActesWithPrefectureIntegrationTest.OwnDatabase.class})
class DemoActesWithPrefectureIntegrationTest extends DematIntegrationTest {

    @Autowired
    private DemoActesStartup startup;
    @Autowired
    private ActeService actes;

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {

        @Bean
        DataSource demoDatabase() {
            return FreshDatabase.named("demat_demo_prefecture_test");
        }
    }

    @Test
    void every_state_of_an_acte_is_shown() throws Exception {
        DemoActesLoader.Result result = startup.completion().get(3, TimeUnit.MINUTES);
        assertThat(result.stoppedBecause()).isNull();
        assertThat(result.byState()).containsOnly(entry(ActeState.DRAFTED, 1), entry(ActeState.IN_CIRCUIT, 1),
                entry(ActeState.SIGNED, 1), entry(ActeState.REJECTED, 1), entry(ActeState.ACKNOWLEDGED, 1),
                entry(ActeState.COMPLEMENT_REQUESTED, 1), entry(ActeState.REFUSED_BY_PREFECTURE, 1),
                entry(ActeState.PUBLISHED, 4), entry(ActeState.ARCHIVED, 1), entry(ActeState.CANCELLED, 1));

        List<Acte> loaded = actes.ofMyCollectivite(DemoActes.AGENT, Optional.empty());
        Acte published = loaded.stream().filter(acte -> acte.state() == ActeState.PUBLISHED)
                .filter(acte -> acte.metadata().objet().contains("inclusion numérique")).findFirst().orElseThrow();
        assertThat(published.stampedDocument()).isPresent();
        assertThat(published.acknowledgement()).isPresent();
        // Anyone reads a published acte, and its stamped copy.
        var anonymous = anonymous().get("/api/demat/actes/" + published.id());
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous().download(anonymous.getBody().get("documentTamponne").get("url").asString())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Acte refused = loaded.stream().filter(acte -> acte.state() == ActeState.REFUSED_BY_PREFECTURE).findFirst()
                .orElseThrow();
        assertThat(refused.metadata().matiere().code()).isEqualTo("9.4");
        assertThat(refused.prefectureMessage()).isPresent();
    }
}
