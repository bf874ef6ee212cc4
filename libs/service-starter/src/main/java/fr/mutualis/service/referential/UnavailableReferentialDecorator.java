package fr.mutualis.service.referential;

import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClientException;
import org.springframework.web.service.invoker.HttpExchangeAdapter;
import org.springframework.web.service.invoker.HttpExchangeAdapterDecorator;
import org.springframework.web.service.invoker.HttpRequestValues;

/**
 * Turns every failure of an exchange with referential-service (error status, I/O, timeout, unreadable answer) into
 * the one exception its consumers map, rather than Spring's several.
 */
final class UnavailableReferentialDecorator extends HttpExchangeAdapterDecorator {

    UnavailableReferentialDecorator(HttpExchangeAdapter delegate) {
        super(delegate);
    }

    @Override
    public void exchange(HttpRequestValues values) {
        translated(values, () -> {
            super.exchange(values);
            return null;
        });
    }

    @Override
    public HttpHeaders exchangeForHeaders(HttpRequestValues values) {
        return translated(values, () -> super.exchangeForHeaders(values));
    }

    @Override
    public <T> T exchangeForBody(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
        return translated(values, () -> super.exchangeForBody(values, bodyType));
    }

    @Override
    public ResponseEntity<Void> exchangeForBodilessEntity(HttpRequestValues values) {
        return translated(values, () -> super.exchangeForBodilessEntity(values));
    }

    @Override
    public <T> ResponseEntity<T> exchangeForEntity(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
        return translated(values, () -> super.exchangeForEntity(values, bodyType));
    }

    private static <T> T translated(HttpRequestValues values, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (RestClientException e) {
            throw new ReferentialUnavailableException("The referential did not answer " + values.getHttpMethod() + " "
                    + values.getUriTemplate() + " " + values.getUriVariables() + ": " + e.getMessage(), e);
        }
    }
}
