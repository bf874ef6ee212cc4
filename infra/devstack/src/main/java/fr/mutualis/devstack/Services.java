package fr.mutualis.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's services, read from their descriptors ({@link ServiceDescriptor}), in start order, and the
 * arguments each is launched with.
 */
public final class Services {

    /** The OpenID Connect provider: every other service trusts it and reads its discovery document at start-up. */
    public static final String IDENTITY = "identity-service";
    /** The préfecture's side of the contrôle de légalité, which démat reaches as a tiers de télétransmission. */
    public static final String PREFECTURE = "prefecture-simulator";
    /** The members' web portal, the identity service's confidential client {@value PlatformSignIn#PORTAL_CLIENT}. */
    public static final String PORTAL = "portal";

    private Services() {
    }

    /**
     * The services of {@code projectRoot}, each after the ones it starts after (see {@link #startsAfter}); otherwise
     * by folder name.
     */
    static List<ServiceDescriptor> discover(Path projectRoot) {
        Map<String, ServiceDescriptor> byName = new LinkedHashMap<>();
        for (ServiceDescriptor service : ServiceDescriptor.discover(projectRoot)) {
            if (byName.put(service.name(), service) != null) {
                throw new StackException("devstack", "deux services nommés / two services named " + service.name());
            }
        }
        for (ServiceDescriptor service : byName.values()) {
            service.after().stream().filter(name -> !byName.containsKey(name)).findFirst().ifPresent(name -> {
                throw new StackException("devstack", service.name() + " : after=" + name
                        + " n'est pas un service / is not a service; connus / known: " + byName.keySet());
            });
        }
        List<ServiceDescriptor> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < byName.size()) {
            ServiceDescriptor next = byName.values().stream()
                    .filter(service -> !placed.contains(service.name()))
                    .filter(service -> startsAfter(service).stream()
                            .allMatch(name -> placed.contains(name) || !byName.containsKey(name)))
                    .findFirst()
                    .orElseThrow(() -> new StackException("devstack", "dépendances circulaires / circular 'after' among "
                            + byName.keySet().stream().filter(name -> !placed.contains(name)).toList()));
            ordered.add(next);
            placed.add(next.name());
        }
        return List.copyOf(ordered);
    }

    /** What a service waits for before it starts: the services it declares, and the issuer, whose tokens it verifies. */
    static List<String> startsAfter(ServiceDescriptor service) {
        List<String> after = new ArrayList<>(service.after());
        if (!service.name().equals(IDENTITY) && !after.contains(IDENTITY)) {
            after.add(IDENTITY);
        }
        return after;
    }

    /**
     * Whether the identity service creates the demo accounts: with the demo data, and always on the test stack,
     * whose tests sign in as them.
     */
    static boolean demoAccounts(StackConfig config) {
        return config.demoData() || config.profile() == Profile.TEST;
    }

    static List<ServiceComponent> all(StackConfig config, UnprivilegedUser user) {
        return config.services().stream().map(service -> new ServiceComponent(config, user, service)).toList();
    }

    /** The command-line arguments of {@code service} on components at {@code endpoints}; secrets go by environment. */
    static List<String> arguments(StackConfig config, ServiceDescriptor service, Endpoints endpoints) {
        List<String> arguments = new ArrayList<>();
        service.database().ifPresent(database -> {
            arguments.add("--spring.datasource.url=" + endpoints.jdbcUrl(database));
            arguments.add("--spring.datasource.username=" + service.databaseRole());
        });
        boolean issuer = service.name().equals(IDENTITY);
        String issuerUrl = config.serviceUrl(IDENTITY);
        if (issuer) {
            arguments.add("--mutualis.identity.issuer=" + issuerUrl);
            arguments.add("--mutualis.demo.password=" + DemoAccounts.PASSWORD);
            if (config.services().stream().anyMatch(other -> other.name().equals(PORTAL))) {
                // The portal's sign-in comes back to, and its sign-out returns to, wherever this stack runs it.
                String portal = config.serviceUrl(PORTAL);
                arguments.add("--mutualis.identity.clients." + PlatformSignIn.PORTAL_CLIENT + ".redirect-uris="
                        + portal + "/login/oauth2/code/mutualis");
                arguments.add("--mutualis.identity.clients." + PlatformSignIn.PORTAL_CLIENT
                        + ".post-logout-redirect-uris=" + portal + "/");
            }
        } else {
            arguments.add("--mutualis.security.issuer-uri=" + issuerUrl);
        }
        for (ServiceDescriptor.Uses component : ServiceDescriptor.Uses.values()) {
            if (service.uses().contains(component)) {
                arguments.addAll(switch (component) {
                    case KAFKA -> List.of("--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers());
                    case ELASTICSEARCH -> List.of("--mutualis.search.elasticsearch-url=" + endpoints.elasticsearchUrl());
                    case REFERENTIAL -> List.of("--mutualis.referential.url=" + config.serviceUrl("referential-service"));
                    case CLAMAV -> List.of("--mutualis.files.clamd.host=" + endpoints.clamavHost(),
                            "--mutualis.files.clamd.port=" + endpoints.clamavPort());
                    case PREFECTURE -> List.of("--mutualis.demat.prefecture.url=" + config.serviceUrl(PREFECTURE),
                            "--mutualis.demat.prefecture.login=" + DevSecrets.PREFECTURE_TIERS);
                    case SIGNATURE -> List.of(
                            "--mutualis.signature.key-store=" + DemoSignatures.signersKeyStore(config),
                            "--mutualis.signature.trust-anchors=" + DemoSignatures.caCertificate(config));
                    case SERVICES -> config.services().stream().filter(other -> !other.name().equals(service.name()))
                            .map(other -> "--mutualis.services." + other.name() + "=" + config.serviceUrl(other.name()))
                            .toList();
                });
            }
        }
        if (service.demoData()) {
            arguments.add("--mutualis.demo.enabled=" + (issuer ? demoAccounts(config) : config.demoData()));
        }
        arguments.addAll(service.arguments());
        return arguments;
    }
}
