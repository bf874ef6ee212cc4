package fr.mutualis.portal.shared.calls;

import fr.mutualis.portal.shared.signin.PortalSecurityConfiguration;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The platform's services as the portal calls them: each request carries the signed-in user's access token (renewed
 * with the refresh token when it expires), or none for a visitor, so that every service decides by itself what the
 * person may read or do. Answers that are not 2xx become {@link ServiceProblem}s, failures to reach a service
 * {@link ServiceUnavailableException}s.
 */
@Component
@EnableConfigurationProperties(PlatformServices.Addresses.class)
public class PlatformServices {

    public static final String EXPERIENCE = "experience-service";
    public static final String SEARCH = "search-service";
    public static final String REFERENTIAL = "referential-service";
    public static final String WEBHOOK = "webhook-service";
    public static final String INTEGRATION = "integration-service";
    public static final String DEMAT = "demat-service";
    public static final String MARCHES = "marches-service";

    /**
     * {@code mutualis.services.<name>}: the base URL of each service. Names are compared without their dashes and
     * dots, so that an environment variable ({@code MUTUALIS_SERVICES_SEARCH_SERVICE}, whose key Spring binds as
     * {@code search.service}) names a service as well as a command-line argument does.
     */
    @ConfigurationProperties("mutualis")
    public record Addresses(Map<String, URI> services) {
        public Addresses {
            Map<String, URI> byKey = new HashMap<>();
            (services == null ? Map.<String, URI>of() : services).forEach((name, url) -> byKey.put(key(name), url));
            services = Map.copyOf(byKey);
        }

        Optional<URI> of(String name) {
            return Optional.ofNullable(services.get(key(name)));
        }

        private static String key(String name) {
            return name.replaceAll("[-._]", "").toLowerCase(Locale.ROOT);
        }
    }

    private final Addresses addresses;
    private final OAuth2ClientHttpRequestInterceptor userToken;
    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();

    PlatformServices(Addresses addresses, OAuth2AuthorizedClientManager authorizedClients) {
        this.addresses = addresses;
        this.userToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        // A visitor's calls carry no token at all; a signed-in person's carry theirs.
        userToken.setClientRegistrationIdResolver(request -> SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken
                ? PortalSecurityConfiguration.REGISTRATION : null);
    }

    /** The client of the service {@code name} ({@link #SEARCH}, {@link #EXPERIENCE}…). */
    public RestClient of(String name) {
        return clients.computeIfAbsent(name, this::client);
    }

    private RestClient client(String name) {
        URI base = addresses.of(name).orElseThrow(() -> new IllegalStateException(
                "mutualis.services." + name + " n'est pas configuré / is not configured"));
        return RestClient.builder()
                .baseUrl(base.toString())
                .requestFactory(new JdkClientHttpRequestFactory())
                .requestInterceptor(userToken)
                .requestInterceptor(new ServiceFailures(name))
                .defaultStatusHandler(status -> status.isError(), ServiceProblem::from)
                .build();
    }
}
