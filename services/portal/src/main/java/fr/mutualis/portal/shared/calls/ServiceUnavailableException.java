package fr.mutualis.portal.shared.calls;

/** A service of the platform could not be reached: the page says so and what still works. */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, Throwable cause) {
        super(service + " injoignable / unreachable", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
