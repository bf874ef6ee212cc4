package fr.mutualis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The INSTREAM framing and the replies, against a stand-in for clamd; the real one is in the integration test. */
class ClamdVirusScannerTest {

    @Test
    void the_content_goes_in_length_prefixed_chunks_ended_by_a_zero_length() throws Exception {
        byte[] content = new byte[ClamdVirusScanner.CHUNK * 2 + 10];
        java.util.Arrays.fill(content, (byte) 7);
        try (FakeClamd clamd = new FakeClamd(received -> "stream: OK")) {
            VirusScanner.Verdict verdict = clamd.scanner().scan(new ByteArrayInputStream(content));

            assertThat(verdict.isClean()).isTrue();
            Received received = clamd.received.get();
            assertThat(received.command()).isEqualTo("zINSTREAM");
            assertThat(received.chunks()).isEqualTo(3);
            assertThat(received.content()).isEqualTo(content);
        }
    }

    @Test
    void a_found_signature_is_named() throws Exception {
        try (FakeClamd clamd = new FakeClamd(received -> "stream: Win.Test.EICAR_HDB-1 FOUND")) {
            VirusScanner.Verdict verdict = clamd.scanner().scan(new ByteArrayInputStream(TestFiles.EICAR));

            assertThat(verdict.signature()).contains("Win.Test.EICAR_HDB-1");
        }
    }

    @Test
    void an_error_or_a_size_limit_is_no_verdict() {
        assertThatThrownBy(() -> ClamdVirusScanner.verdict("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(ScannerUnavailableException.class)
                .hasRootCauseMessage("clamd refused the stream (its StreamMaxLength is below the accepted file size): "
                        + "INSTREAM size limit exceeded. ERROR");
        assertThatThrownBy(() -> ClamdVirusScanner.verdict("stream: Can't allocate memory ERROR"))
                .isInstanceOf(ScannerUnavailableException.class);
    }

    @Test
    void an_unreachable_clamd_is_unavailable_never_clean() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        ClamdVirusScanner scanner = new ClamdVirusScanner("127.0.0.1", closedPort, Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(scanner.ping()).isFalse();
        assertThatThrownBy(() -> scanner.scan(new ByteArrayInputStream(new byte[10])))
                .isInstanceOf(ScannerUnavailableException.class)
                .hasMessage("L'antivirus est momentanément indisponible : le fichier n'a pas été enregistré, "
                        + "réessayez dans quelques minutes");
    }

    @Test
    void a_silent_clamd_times_out_as_unavailable() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ClamdVirusScanner scanner = new ClamdVirusScanner("127.0.0.1", silent.getLocalPort(),
                    Duration.ofSeconds(1), Duration.ofMillis(300));

            assertThatThrownBy(() -> scanner.scan(new ByteArrayInputStream(new byte[10])))
                    .isInstanceOf(ScannerUnavailableException.class);
        }
    }

    @Test
    void ping_expects_pong() throws Exception {
        try (FakeClamd clamd = new FakeClamd(received -> "PONG")) {
            assertThat(clamd.scanner().ping()).isTrue();
            assertThat(clamd.received.get().command()).isEqualTo("zPING");
        }
    }

    record Received(String command, int chunks, byte[] content) {
    }

    /** Reads one command (and an INSTREAM's chunks), answers it NUL-terminated. */
    static final class FakeClamd implements AutoCloseable {
        final ServerSocket server;
        final CompletableFuture<Received> received = new CompletableFuture<>();

        FakeClamd(Function<Received, String> reply) throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            Thread thread = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    DataInputStream in = new DataInputStream(socket.getInputStream());
                    ByteArrayOutputStream command = new ByteArrayOutputStream();
                    int b;
                    while ((b = in.read()) > 0) {
                        command.write(b);
                    }
                    String name = command.toString(StandardCharsets.US_ASCII);
                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                    int chunks = 0;
                    if (name.equals("zINSTREAM")) {
                        int length;
                        while ((length = in.readInt()) > 0) {
                            content.write(in.readNBytes(length));
                            chunks++;
                        }
                    }
                    Received what = new Received(name, chunks, content.toByteArray());
                    OutputStream out = socket.getOutputStream();
                    out.write((reply.apply(what) + "\0").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    received.complete(what);
                } catch (IOException e) {
                    received.completeExceptionally(e);
                }
            }, "fake-clamd");
            thread.setDaemon(true);
            thread.start();
        }

        ClamdVirusScanner scanner() {
            return new ClamdVirusScanner("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2), Duration.ofSeconds(5));
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
