package fr.mutualis.identity.client;

import fr.mutualis.identity.ClientProperties;
import fr.mutualis.identity.IdentityProperties;
import fr.mutualis.identity.user.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Registers the clients of {@code mutualis.identity.clients} at start-up, creating or updating each (same client id,
 * same internal id), so that a restart with another configuration converges. Secrets are stored as bcrypt hashes; a
 * stored hash is kept while the configured secret still matches it.
 */
@Component
@Order(30)
public class PlatformClients implements ApplicationRunner {

    /** Client setting holding the roles a machine client's tokens carry, comma-separated. */
    public static final String ROLES_SETTING = "settings.client.mutualis.roles";
    private static final Logger log = LoggerFactory.getLogger(PlatformClients.class);

    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;

    public PlatformClients(RegisteredClientRepository clients, PasswordEncoder passwords,
                           IdentityProperties properties) {
        this.clients = clients;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Map.Entry<String, ClientProperties> entry : properties.clients().entrySet()) {
            String clientId = entry.getKey();
            ClientProperties client = entry.getValue();
            if (client.confidential() && !client.hasSecret()) {
                log.warn("Client {} non enregistré : aucun secret configuré / not registered: no secret configured",
                        clientId);
                continue;
            }
            clients.save(registration(clientId, client, clients.findByClientId(clientId)));
            log.info("Client {} enregistré / registered ({})", clientId, client.grantTypes());
        }
    }

    /**
     * The roles of a machine client's registration, e.g. {@code ["administrateur"]}; a mutable list, as token claims
     * must be (see {@code PlatformClaims}).
     */
    public static List<String> roles(RegisteredClient client) {
        Object roles = client.getClientSettings().getSetting(ROLES_SETTING);
        if (!(roles instanceof String value) || value.isBlank()) {
            return new ArrayList<>();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(role -> !role.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private RegisteredClient registration(String clientId, ClientProperties client, RegisteredClient existing) {
        RegisteredClient.Builder builder = RegisteredClient
                .withId(existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(client.name() == null ? clientId : client.name());
        if (existing != null) {
            builder.clientIdIssuedAt(existing.getClientIdIssuedAt());
        }
        if (client.confidential()) {
            String storedHash = existing == null ? null : existing.getClientSecret();
            boolean unchanged = storedHash != null && passwords.matches(client.secret(), storedHash);
            builder.clientSecret(unchanged ? storedHash : passwords.encode(client.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        client.grantTypes().forEach(type -> builder.authorizationGrantType(new AuthorizationGrantType(type.trim())));
        client.redirectUris().forEach(builder::redirectUri);
        client.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
        client.scopes().forEach(scope -> builder.scope(scope.trim()));

        boolean interactive = client.grantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE.getValue());
        ClientSettings.Builder settings = ClientSettings.builder()
                // First-party clients of the platform: no consent screen, PKCE for every code flow.
                .requireAuthorizationConsent(false)
                .requireProofKey(interactive);
        if (!client.roles().isEmpty()) {
            client.roles().forEach(Role::fromClaim);
            settings.setting(ROLES_SETTING, String.join(",", client.roles()));
        }
        return builder
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                        .refreshTokenTimeToLive(properties.refreshTokenTimeToLive())
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }
}
