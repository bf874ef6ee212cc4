package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The launcher's clamd, alone on a free port: it answers PING and finds the EICAR test file with its local signatures. */
class ClamavComponentIntegrationTest {

    private static IsolatedStack stack;
    private static Component clamav;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        stack = IsolatedStack.on("clamav", Port.CLAMAV);
        port = stack.config().port(Port.CLAMAV);
        clamav = Stack.of(stack.config(), new PrintStream(OutputStream.nullOutputStream())).component("clamav");
        clamav.start();
        clamav.awaitHealthy();
    }

    /** As root, clamd's folder is wherever its unprivileged user can reach (a relocated one goes too). */
    @AfterAll
    static void stop() throws Exception {
        stack.delete(clamav.folder().getParent());
    }

    @Test
    void it_answers_ping_and_finds_eicar_but_not_a_clean_content() {
        assertThat(clamav.isHealthy()).isTrue();
        assertThat(ClamavComponent.ping(StackConfig.HOST, port)).contains(true);
        assertThat(ClamavComponent.scan(StackConfig.HOST, port, ClamavComponent.EICAR.getBytes(StandardCharsets.US_ASCII)))
                .contains("stream: Eicar-Test-Signature.UNOFFICIAL FOUND");
        assertThat(ClamavComponent.scan(StackConfig.HOST, port, "Délibération".getBytes(StandardCharsets.UTF_8)))
                .contains("stream: OK");
    }
}
