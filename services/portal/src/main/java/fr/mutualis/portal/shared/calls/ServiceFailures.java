package fr.mutualis.portal.shared.calls;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** A service that does not answer is said by name, so that the page says which service is missing. */
final class ServiceFailures implements ClientHttpRequestInterceptor {

    private final String service;

    ServiceFailures(String service) {
        this.service = service;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        try {
            return execution.execute(request, body);
        } catch (IOException e) {
            throw new ServiceUnavailableException(service, e);
        }
    }
}
