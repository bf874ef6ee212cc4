package fr.mutualis.webhook.subscription.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.webhook.subscription.domain.AttemptResult;
import fr.mutualis.webhook.subscription.domain.EndpointAddressPolicy;
import fr.mutualis.webhook.subscription.domain.WebhookRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HttpWebhookSenderTest {

    @Test
    void a_name_that_now_resolves_inside_the_network_is_not_called() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            // The subscription was accepted for a public name that now answers with the loopback (DNS rebinding).
            EndpointAddressPolicy rebound = new EndpointAddressPolicy(false,
                    host -> List.of(InetAddress.getLoopbackAddress()));
            HttpWebhookSender sender = new HttpWebhookSender(Duration.ofSeconds(1), Duration.ofSeconds(2), rebound);
            URI endpoint = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");

            AttemptResult refused = sender.send(new WebhookRequest(endpoint, Map.of(),
                    "{}".getBytes(StandardCharsets.UTF_8)));
            AttemptResult development = new HttpWebhookSender(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    new EndpointAddressPolicy(true, host -> List.of(InetAddress.getLoopbackAddress())))
                    .send(new WebhookRequest(endpoint, Map.of(), "{}".getBytes(StandardCharsets.UTF_8)));

            assertThat(refused.delivered()).isFalse();
            assertThat(refused.describe()).contains("internal address 127.0.0.1");
            assertThat(development.delivered()).isTrue();
            assertThat(calls).hasValue(1);
        } finally {
            receiver.stop(0);
        }
    }
}
