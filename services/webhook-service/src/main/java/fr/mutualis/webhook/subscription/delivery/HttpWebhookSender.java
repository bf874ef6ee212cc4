package fr.mutualis.webhook.subscription.delivery;

import fr.mutualis.webhook.subscription.domain.AttemptResult;
import fr.mutualis.webhook.subscription.domain.EndpointAddressPolicy;
import fr.mutualis.webhook.subscription.domain.WebhookRequest;
import fr.mutualis.webhook.subscription.domain.WebhookSender;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * POSTs deliveries with the JDK's HTTP client: HTTP/1.1, redirections not followed (a 3xx is a failure: the
 * subscription's URL is to be fixed), the answer's body discarded, every request bounded by a timeout. The endpoint's
 * address is checked again just before each attempt: a name that now resolves inside the network is not called.
 */
public class HttpWebhookSender implements WebhookSender {

    /** Identifies the platform to receivers and in their logs. */
    static final String USER_AGENT = "Mutualis-Webhooks/1.0";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final EndpointAddressPolicy addresses;

    public HttpWebhookSender(Duration connectTimeout, Duration requestTimeout, EndpointAddressPolicy addresses) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
    }

    @Override
    public AttemptResult send(WebhookRequest request) {
        var internal = addresses.internalAddressOf(request.url());
        if (internal.isPresent()) {
            return AttemptResult.unanswered("not sent: " + request.url().getHost() + " resolves to the internal address "
                    + internal.get().getHostAddress());
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(request.url())
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(http::header);
        try {
            HttpResponse<Void> response = client.send(http.build(), HttpResponse.BodyHandlers.discarding());
            return AttemptResult.answered(response.statusCode());
        } catch (IOException e) {
            return AttemptResult.unanswered(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.unanswered("interrupted: the service is stopping");
        } catch (IllegalArgumentException e) {
            return AttemptResult.unanswered("request refused by the HTTP client: " + e.getMessage());
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
