package fr.mutualis.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./mutualis <command>}: up [--observability], down [&lt;component&gt;], status, reset, logs &lt;component&gt;,
 * token &lt;account&gt;, dlt list|replay &lt;topic&gt;.DLT. Exits non-zero with a one-line
 * French/English message naming the failing component and the last lines of its log.
 */
public final class DevStack {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final String SEARCH = "search-service";
    private static final String EXPERIENCE = "experience-service";
    private static final Pattern TOTAL_ITEMS = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    private final PrintStream out;

    private DevStack(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            System.exit(new DevStack(out).run(List.of(args)));
        } catch (StackException e) {
            System.err.println(e.describe());
            System.exit(1);
        }
    }

    int run(List<String> args) {
        List<String> words = new ArrayList<>(args);
        Profile profile = words.remove("--test") ? Profile.TEST : Profile.DEV;
        boolean infrastructureOnly = words.remove("--infra-only");
        boolean observability = words.remove("--observability");
        String command = words.isEmpty() ? "help" : words.remove(0);
        if (Runtime.version().feature() < 17) {
            throw new StackException("devstack", "JDK 17 ou plus récent requis / JDK 17+ required, found "
                    + Runtime.version());
        }
        StackConfig config = StackConfig.of(StackConfig.findProjectRoot(), profile);
        Stack stack = Stack.of(observability ? config.withObservability() : config, out);
        switch (command) {
            case "up" -> up(stack, infrastructureOnly);
            case "down" -> {
                if (words.isEmpty()) {
                    stack.down();
                } else {
                    stack.down(words.get(0));
                }
            }
            case "status" -> {
                return stack.status() ? 0 : 3;
            }
            case "reset" -> stack.reset();
            case "logs" -> logs(stack, words);
            case "token" -> token(stack, words);
            case "dlt" -> deadLetters(stack, words);
            case "help", "--help", "-h" -> help();
            default -> {
                help();
                return 2;
            }
        }
        return 0;
    }

    private void up(Stack stack, boolean infrastructureOnly) {
        StackConfig config = stack.config();
        out.println("Mutualis : démarrage / starting (" + config.profile().folderName() + ", données / data: "
                + config.dataRoot() + ")");
        stack.upInfrastructure();
        if (infrastructureOnly) {
            printObservability(config);
            return;
        }
        stack.upServices();
        stack.registerConnectors();
        if (config.demoData()) {
            awaitDemoIndexed(config);
        }
        String search = config.serviceUrl(SEARCH);
        String experience = config.serviceUrl(EXPERIENCE);
        out.println();
        out.println("Mutualis est démarré / is up.");
        out.println("  Portail des membres / members' portal                   " + config.serviceUrl(Services.PORTAL) + "/");
        out.println("  API recherche / search API                              " + search + "/api/search?q=dematerialisation");
        out.println("  API retours d'expérience / experience API               " + experience + "/api/experiences");
        out.println("  API actes (démat) / actes API                           " + config.serviceUrl("demat-service")
                + "/api/demat/actes  ·  actes publiés / published: " + search + "/api/actes?q=cantine");
        out.println("  API marchés publics / public procurement API            " + config.serviceUrl("marches-service")
                + "/api/marches/consultations-publiees  ·  données essentielles (DECP) / open data: "
                + config.serviceUrl("marches-service") + "/api/marches/donnees-essentielles/223300013/"
                + java.time.Year.now(java.time.ZoneId.of("Europe/Paris")));
        out.println("  Phrase de passe des plis de démonstration / demo bid-opening passphrase: « "
                + DEMO_BID_PASSPHRASE + " »");
        out.println("  Préfecture (contrôle de légalité simulé) / simulated     " + config.serviceUrl(Services.PREFECTURE)
                + "  ·  antivirus ClamAV 127.0.0.1:" + config.port(Port.CLAMAV));
        out.println("  API webhooks (administration)                          " + config.serviceUrl("webhook-service")
                + "/api/webhooks/subscriptions");
        out.println("  API intégrateurs (administration)                      "
                + config.serviceUrl("integration-service") + "/api/integrators");
        out.println("  Catalogue des événements / event catalogue              " + config.serviceUrl(Services.PORTAL)
                + "/developpeurs");
        out.println("  PostgreSQL " + config.jdbcUrl("experience") + " · Kafka " + config.kafkaBootstrapServers()
                + " (SASL SCRAM-SHA-512) · Connect " + config.connectUrl() + " · Elasticsearch " + config.elasticsearchUrl());
        out.println("  Mots de passe / passwords: " + config.dataRoot().resolve(DevSecrets.FILE)
                + " (lisible par son propriétaire seul / readable by its owner only)");
        out.println("  Connexion / sign-in (OpenID Connect)                    " + config.serviceUrl(Services.IDENTITY)
                + "/.well-known/openid-configuration");
        out.println("  Journaux / logs: " + config.logs() + "  ·  état / status: ./mutualis status  ·  arrêt / stop: ./mutualis down");
        printObservability(config);
        if (Services.demoAccounts(config)) {
            printDemoAccounts(config);
        }
    }

    /** Where to look with the observability option: metrics, alerts, traces, dashboards. */
    private void printObservability(StackConfig config) {
        if (!config.observability()) {
            return;
        }
        String prometheus = config.prometheusUrl();
        String zipkin = config.zipkinUrl();
        out.println("  Métriques / metrics (Prometheus)                        " + prometheus + "/graph  ·  cibles / targets: "
                + prometheus + "/targets  ·  alertes / alerts: " + prometheus + "/alerts");
        out.println("  Traces (Zipkin)                                         " + zipkin + "/zipkin/  ·  une trace / one trace: "
                + zipkin + "/zipkin/traces/<traceId>");
        out.println("  Tableaux de bord / dashboards (JSON Grafana)            " + config.projectRoot()
                .resolve("infra/observability/dashboards") + "  ·  docs/runbooks/observability.md");
    }

    /** The demo consultations' key holders' passphrase (marches-service's DemoConsultationsLoader): demo only. */
    static final String DEMO_BID_PASSPHRASE = "Démo Mutualis : ouverture des plis 2026";

    private void printDemoAccounts(StackConfig config) {
        out.println();
        out.println("Comptes de démonstration / demo accounts (mot de passe / password: " + DemoAccounts.PASSWORD + ")");
        for (DemoAccounts.DemoAccount account : DemoAccounts.of(config)) {
            out.printf("  %-44s %-15s %s%n", account.username(), account.roles(), account.collectivite());
        }
        out.println("  Jeton d'accès / access token: ./mutualis token <compte / account>"
                + "  ·  machine: ./mutualis token --client " + PlatformSignIn.ADMIN_AUTOMATION_CLIENT);
    }

    /**
     * {@code token <username>}: an access token of a demo account, signed in through the real sign-in page;
     * {@code token --client <client-id>}: a machine client's token, with the secret the stack keeps. Only the token
     * goes to standard output, for {@code curl -H "Authorization: Bearer $(./mutualis token …)"}.
     */
    private void token(Stack stack, List<String> words) {
        StackConfig config = stack.config();
        String identityUrl = config.serviceUrl(Services.IDENTITY);
        int client = words.indexOf("--client");
        try {
            if (client >= 0 && client + 1 < words.size()) {
                String clientId = words.get(client + 1);
                String secret = DevSecrets.read(config.dataRoot().resolve(DevSecrets.FILE)).clientSecret(clientId);
                out.println(PlatformSignIn.clientCredentialsToken(identityUrl, clientId, secret));
            } else if (words.size() == 1 && !words.get(0).startsWith("--")) {
                out.println(PlatformSignIn.accessToken(identityUrl, words.get(0), DemoAccounts.PASSWORD));
            } else {
                throw new StackException(Services.IDENTITY, "usage: ./mutualis token <compte de démo / demo account> "
                        + "| ./mutualis token --client <" + PlatformSignIn.ADMIN_AUTOMATION_CLIENT + "|"
                        + PlatformSignIn.DPO_AUTOMATION_CLIENT + "> [--test]");
            }
        } catch (PlatformSignIn.SignInRefused e) {
            throw new StackException(Services.IDENTITY, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new StackException(Services.IDENTITY, "jeton impossible / no token (" + e.getMessage()
                    + ") : la plateforme tourne-t-elle ? / is the platform up? ./mutualis status", e);
        }
    }

    /** {@code dlt list <topic>.DLT} or {@code dlt replay <topic>.DLT [--consumer-group <group>]}. */
    private void deadLetters(Stack stack, List<String> words) {
        DeadLetters deadLetters = new DeadLetters(stack.config(), out);
        String group = DeadLetters.REPLAY_GROUP;
        int option = words.indexOf("--consumer-group");
        if (option >= 0 && option + 1 < words.size()) {
            group = words.remove(option + 1);
            words.remove(option);
        }
        if (words.size() == 2 && words.get(0).equals("list") && option < 0) {
            deadLetters.list(words.get(1));
        } else if (words.size() == 2 && words.get(0).equals("replay")) {
            deadLetters.replay(words.get(1), group);
        } else {
            throw new StackException("devstack", "usage: ./mutualis dlt list <topic>.DLT | ./mutualis dlt replay "
                    + "<topic>.DLT [--consumer-group <groupe / group>] [--test]");
        }
    }

    /**
     * The demo records travel outbox → Debezium → Kafka → search: wait until the search API finds as many records as
     * the experience API holds.
     */
    private void awaitDemoIndexed(StackConfig config) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long stored = -1;
        long indexed = -1;
        while (System.nanoTime() < deadline) {
            stored = count(config.serviceUrl(EXPERIENCE) + "/api/experiences?size=1&statut=published", TOTAL_ITEMS);
            indexed = count(config.serviceUrl(SEARCH) + "/api/search?size=1", TOTAL);
            if (stored > 0 && indexed >= stored) {
                out.println("  ✓ données de démonstration indexées / demo data indexed: " + indexed + " fiches / records");
                return;
            }
            Processes.sleep(Duration.ofMillis(500));
        }
        throw StackException.withLogTail(SEARCH, "données de démonstration pas indexées après 60 s / demo data not indexed after 60 s ("
                + indexed + " / " + stored + ")", config.log(SEARCH));
    }

    /** The count a JSON answer gives in the field {@code pattern} matches, or -1 when it does not answer yet. */
    private static long count(String url, Pattern pattern) {
        try {
            Http.Response response = Http.get(url);
            Matcher matcher = pattern.matcher(response.body());
            return response.ok() && matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private void logs(Stack stack, List<String> words) {
        if (words.isEmpty()) {
            throw new StackException("devstack", "usage: ./mutualis logs <composant / component>");
        }
        Path log = stack.component(words.get(0)).log();
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            lines.subList(Math.max(0, lines.size() - 200), lines.size()).forEach(out::println);
            out.println("(" + log + ")");
        } catch (IOException e) {
            throw new StackException(words.get(0), "journal illisible / unreadable log: " + e.getMessage(), e);
        }
    }

    private void help() {
        out.println("""
                Usage: ./mutualis <commande> [--test] [--infra-only] [--observability]
                  up            construit si besoin et démarre tout, données de démo comprises / builds if needed, starts everything with demo data
                  down          arrête tous les processus démarrés / stops every process it started
                  down <nom>    arrête ce seul composant, up le relance / stops that component only, up starts it again
                  status        état de chaque composant / each component's state (exit 3 if one is not healthy)
                  reset         arrête et supprime toutes les données / stops and deletes all data
                  logs <nom>    dernières lignes du journal / last log lines: postgres, kafka, connect, elasticsearch, identity-service, experience-service, search-service…
                  token <compte> jeton d'accès d'un compte de démo / access token of a demo account (--client <id> : client machine / machine client)
                  dlt list <topic>.DLT    lettres mortes : origine, clé, exception, jamais la valeur / dead letters: origin, key, exception, never the value
                  dlt replay <topic>.DLT  republie une fois sur le topic d'origine / re-publishes once onto the original topic [--consumer-group <groupe>]
                  test          lance toute la suite de tests / runs the whole test suite
                  --test        agit sur la pile des tests / acts on the test stack (other ports, .mutualis/test)
                  --infra-only  sans les services / without the services
                  --observability  avec up : Prometheus (métriques, alertes), Zipkin (traces) et les exporters PostgreSQL et
                                Elasticsearch installés ; les services envoient leurs traces à Zipkin / with up: Prometheus
                                (metrics, alerts), Zipkin (traces) and the installed PostgreSQL and Elasticsearch exporters;
                                the services send their spans to Zipkin (docs/runbooks/observability.md)""");
    }
}
