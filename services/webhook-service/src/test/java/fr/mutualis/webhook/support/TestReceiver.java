package fr.mutualis.webhook.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An integrator's webhook endpoint, for real: the JDK's HTTP server on 127.0.0.1 and a free port. It records every
 * request, checks its signature as the README tells integrators to (HMAC-SHA256 of {@code <ce-id>.<ce-time>.<body>}
 * with the secret received at creation; its own code, not the service's), and answers the statuses it is told to.
 */
public final class TestReceiver implements AutoCloseable {

    /**
     * One request as received.
     *
     * @param headers        by lower-case name
     * @param signatureValid whether {@code Webhook-Signature} verified with the secret known at reception
     * @param status         what the receiver answered
     */
    public record Received(String method, String path, Map<String, String> headers, byte[] body,
                           boolean signatureValid, int status, Instant at) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String ceId() {
            return header("ce-id");
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private volatile int thereafter = 200;
    private volatile Duration delay = Duration.ZERO;
    private volatile String secret;

    private TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** A receiver answering 200 until told otherwise. */
    public static TestReceiver start() {
        try {
            return new TestReceiver();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test receiver", e);
        }
    }

    /** Where to POST, allowed by the service for development: {@code http://127.0.0.1:<port>/webhooks/mutualis}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/mutualis";
    }

    /** The secret the service showed at creation; signatures are checked with it from now on. */
    public TestReceiver secret(String secret) {
        this.secret = secret;
        return this;
    }

    /** Answers these statuses to the next requests, in order, then {@link #thereafter(int)}'s. */
    public synchronized TestReceiver answer(int... statuses) {
        for (int status : statuses) {
            script.addLast(status);
        }
        return this;
    }

    /** The status answered once the scripted ones are used up (200 by default). */
    public TestReceiver thereafter(int status) {
        this.thereafter = status;
        return this;
    }

    /** Waits this long before answering, as a slow receiver does. */
    public TestReceiver delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests carrying this event, in order of arrival. */
    public List<Received> receivedFor(String ceId) {
        return received.stream().filter(r -> ceId.equals(r.ceId())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            boolean valid = verify(headers.get("ce-id"), headers.get("ce-time"), body, headers.get("webhook-signature"));
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            int status = nextStatus();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body,
                    valid, status, Instant.now()));
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized int nextStatus() {
        Integer scripted = script.pollFirst();
        return scripted != null ? scripted : thereafter;
    }

    /** The integrator's check, written from the README: nothing of the service's code is used. */
    private boolean verify(String ceId, String ceTime, byte[] body, String signature) {
        if (secret == null || ceId == null || ceTime == null || signature == null || !signature.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((ceId + "." + ceTime + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(signature.substring("sha256=".length()));
            return MessageDigest.isEqual(expected, given);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
