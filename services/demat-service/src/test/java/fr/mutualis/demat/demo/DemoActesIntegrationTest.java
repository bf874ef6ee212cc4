package fr.mutualis.demat.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.mutualis.demat.acte.application.ActeService;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeState;
import fr.mutualis.demat.circuit.application.CircuitService;
import fr.mutualis.demat.support.DematIntegrationTest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The demonstration actes as the launcher asks for them ({@code mutualis.demo.enabled=true}), without a préfecture
 * ({@code mutualis.demo.transmit=false}): drafted, in circuit, signed with the élue's real key, rejected; loaded in
 * the background after start-up, and only once.
 */
@TestPropertySource(properties = {"mutualis.demo.enabled=true", "mutualis.demo.transmit=false"})
@Import(DemoActesIntegrationTest.OwnDatabase.class)
class DemoActesIntegrationTest extends DematIntegrationTest {

    @Autowired
    private DemoActesStartup startup;
    @Autowired
    private DemoActesLoader loader;
    @Autowired
    private ActeService actes;
    @Autowired
    private CircuitService circuits;

    /** A database of its own, where the Département has no acte before the demonstration. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {

        @Bean
        DataSource demoDatabase() {
            return FreshDatabase.named("demat_demo_test");
        }
    }

    @Test
    void the_demo_is_loaded_in_the_background_up_to_the_transmission_and_only_once() throws Exception {
        DemoActesLoader.Result first = startup.completion().get(3, TimeUnit.MINUTES);
        assertThat(first.skipped()).isFalse();
        int transmitted = (int) DemoActes.ALL.stream().filter(DemoActe::transmitted).count();
        assertThat(first.byState()).containsOnly(entry(ActeState.DRAFTED, 1), entry(ActeState.IN_CIRCUIT, 1),
                entry(ActeState.REJECTED, 1), entry(ActeState.SIGNED, 1 + transmitted));
        assertThat(first.stoppedBecause()).contains("mutualis.demo.transmit=false");

        List<Acte> loaded = actes.ofMyCollectivite(DemoActes.AGENT, Optional.empty());
        assertThat(loaded).hasSize(DemoActes.ALL.size());
        assertThat(loaded).extracting(Acte::siren).containsOnly(DemoActes.GIRONDE);
        // Signed with the élue's own key, and the signature holds.
        Acte signed = loaded.stream().filter(acte -> acte.state() == ActeState.SIGNED).findFirst().orElseThrow();
        var verification = circuits.verify(signed.id(), Optional.of(DemoActes.AGENT));
        assertThat(verification.valid()).isTrue();
        // The acte in circuit waits in the élue's parapheur, after the agent's visa.
        assertThat(circuits.waitingFor(DemoActes.ELU)).extracting(Acte::state).containsExactly(ActeState.IN_CIRCUIT);
        Acte rejected = loaded.stream().filter(acte -> acte.state() == ActeState.REJECTED).findFirst().orElseThrow();
        var history = actes.history(rejected.id(), Optional.of(DemoActes.AGENT));
        assertThat(history.get(history.size() - 1).detail()).contains("redevance");

        DemoActesLoader.Result second = loader.load();
        assertThat(second.skipped()).isTrue();
        assertThat(second.created()).isZero();
        assertThat(actes.ofMyCollectivite(DemoActes.AGENT, Optional.empty())).hasSize(DemoActes.ALL.size());
    }
}
