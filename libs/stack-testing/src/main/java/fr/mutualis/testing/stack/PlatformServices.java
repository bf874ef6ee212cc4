package fr.mutualis.testing.stack;

import fr.mutualis.devstack.ServiceComponent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Base URLs of the platform's running services, by service name (e.g. {@code experience-service}). */
public record PlatformServices(Map<String, String> urls) {

    static PlatformServices of(List<ServiceComponent> services) {
        return new PlatformServices(services.stream()
                .collect(Collectors.toUnmodifiableMap(ServiceComponent::name, ServiceComponent::url)));
    }

    public String url(String service) {
        String url = urls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("Unknown service " + service + ", known: " + urls.keySet());
        }
        return url;
    }
}
