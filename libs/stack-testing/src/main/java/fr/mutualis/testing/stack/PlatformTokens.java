package fr.mutualis.testing.stack;

import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.devstack.DevSecrets;
import fr.mutualis.devstack.PlatformSignIn;
import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.ServiceComponent;
import fr.mutualis.devstack.Services;
import fr.mutualis.devstack.Stack;
import fr.mutualis.devstack.StackConfig;

/**
 * Access tokens from the test stack's identity service, obtained as the platform's clients obtain them: a demo
 * account signs in through the real sign-in page (authorization code + PKCE), a machine client uses the
 * client-credentials grant with the secret the test stack keeps in its {@code secrets.properties}.
 *
 * <p>The identity service of the test stack (port 18088 by default) is started on first use if it does not run yet
 * (and stopped when the JVM exits, unless {@code mutualis.test-stack.keep=true}); its URL is the issuer a service
 * under test must trust ({@code mutualis.security.issuer-uri}).
 */
public final class PlatformTokens {

    private static String identityUrl;

    private PlatformTokens() {
    }

    /** The issuer of the test stack: the identity service's base URL, started if needed. */
    public static synchronized String identityUrl() {
        if (identityUrl == null) {
            identityUrl = startIdentityService();
        }
        return identityUrl;
    }

    /** An access token of a demo account, e.g. {@code agent.gironde@demo.mutualis.fr}. */
    public static String user(String username) {
        return PlatformSignIn.accessToken(identityUrl(), username, DemoAccounts.PASSWORD);
    }

    /** A token of {@code mutualis-admin-automation}: roles {@code ["administrateur"]}. */
    public static String adminAutomation() {
        return client(PlatformSignIn.ADMIN_AUTOMATION_CLIENT);
    }

    /** A token of {@code mutualis-dpo-automation}: roles {@code ["dpo"]}. */
    public static String dpoAutomation() {
        return client(PlatformSignIn.DPO_AUTOMATION_CLIENT);
    }

    /** A machine client's token, with the secret of the test stack. */
    public static String client(String clientId) {
        String url = identityUrl();
        return PlatformSignIn.clientCredentialsToken(url, clientId, secrets().clientSecret(clientId));
    }

    /** The test stack's secrets (key-encryption key and client secrets). */
    public static DevSecrets secrets() {
        return DevSecrets.read(config().dataRoot().resolve(DevSecrets.FILE));
    }

    private static StackConfig config() {
        return StackConfig.of(RealStack.projectRoot(), Profile.TEST);
    }

    private static String startIdentityService() {
        // The components, and with them every service's role and database.
        StackEndpoints endpoints = RealStack.endpoints();
        ServiceComponent identity = Stack.of(config(), System.out).services().stream()
                .filter(service -> service.name().equals(Services.IDENTITY))
                .findFirst().orElseThrow()
                .connectedTo(endpoints.raw());
        if (identity.start()) {
            if (!Boolean.getBoolean("mutualis.test-stack.keep")) {
                Runtime.getRuntime().addShutdownHook(new Thread(identity::stop, "mutualis-test-identity-down"));
            }
        }
        identity.awaitHealthy();
        return identity.url();
    }
}
