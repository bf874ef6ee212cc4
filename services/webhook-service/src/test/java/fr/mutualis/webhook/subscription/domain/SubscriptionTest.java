package fr.mutualis.webhook.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final String EXPERIENCE = "mutualis.experience.events";
    private static final String BAROMETER = "mutualis.barometer.events";
    /** Literal addresses as they are; names from a fixed table, as DNS would answer them. */
    static final EndpointAddressPolicy.HostResolver RESOLVER = host -> switch (host.toLowerCase(java.util.Locale.ROOT)) {
        case "gfi.example.fr" -> List.of(InetAddress.getByName("203.0.113.10"));
        case "localhost" -> List.of(InetAddress.getByName("127.0.0.1"));
        case "intranet.example.fr" -> List.of(InetAddress.getByName("203.0.113.11"), InetAddress.getByName("10.1.2.3"));
        default -> {
            if (host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                yield List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
    };
    private static final SubscriptionRules RULES = new SubscriptionRules(Set.of(EXPERIENCE, BAROMETER),
            new EndpointAddressPolicy(true, RESOLVER));
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private static Subscription create(String url, List<String> topics, List<String> eventTypes) {
        return create(RULES, url, topics, eventTypes);
    }

    private static Subscription create(SubscriptionRules rules, String url, List<String> topics,
                                       List<String> eventTypes) {
        return Subscription.create(UUID.randomUUID(), new SubscriptionDraft(" Éditeur GFI ", url, topics, eventTypes),
                rules, SigningSecret.generate(new SecureRandom()), NOW);
    }

    private static List<Violation> violations(String url, List<String> topics) {
        return RULES.check(new SubscriptionDraft("GFI", url, topics, List.of()));
    }

    @Test
    void without_a_type_filter_every_event_of_its_topics_matches() {
        Subscription subscription = create("https://gfi.example.fr/hooks", List.of(EXPERIENCE), List.of());

        assertThat(subscription.matches(EXPERIENCE, "experience.record.created")).isTrue();
        assertThat(subscription.matches(EXPERIENCE, "experience.record.updated")).isTrue();
        assertThat(subscription.matches(BAROMETER, "barometer.answer.submitted")).isFalse();
    }

    @Test
    void with_a_type_filter_only_those_types_match() {
        Subscription subscription = create("https://gfi.example.fr/hooks", List.of(EXPERIENCE, BAROMETER),
                List.of("experience.record.created"));

        assertThat(subscription.matches(EXPERIENCE, "experience.record.created")).isTrue();
        assertThat(subscription.matches(EXPERIENCE, "experience.record.updated")).isFalse();
        assertThat(subscription.matches(BAROMETER, "experience.record.created")).isTrue();
    }

    @Test
    void a_deactivated_subscription_matches_nothing() {
        Subscription subscription = create("https://gfi.example.fr/hooks", List.of(EXPERIENCE), List.of())
                .deactivated(NOW.plusSeconds(1));

        assertThat(subscription.active()).isFalse();
        assertThat(subscription.deactivatedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(subscription.matches(EXPERIENCE, "experience.record.created")).isFalse();
        assertThat(subscription.deactivated(NOW.plusSeconds(9)).deactivatedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void creation_strips_and_deduplicates() {
        Subscription subscription = create(" https://gfi.example.fr/hooks ", List.of(EXPERIENCE, EXPERIENCE),
                List.of("a", "a", "b"));

        assertThat(subscription.integrator()).isEqualTo("Éditeur GFI");
        assertThat(subscription.url()).hasToString("https://gfi.example.fr/hooks");
        assertThat(subscription.topics()).containsExactly(EXPERIENCE);
        assertThat(subscription.eventTypes()).containsExactly("a", "b");
        assertThat(subscription.active()).isTrue();
        assertThat(subscription.createdAt()).isEqualTo(NOW);
    }

    @Test
    void https_anywhere_and_http_only_on_the_loopback() {
        assertThat(violations("https://gfi.example.fr:8443/hooks?client=9", List.of(EXPERIENCE))).isEmpty();
        assertThat(violations("http://127.0.0.1:8080/hook", List.of(EXPERIENCE))).isEmpty();
        assertThat(violations("http://localhost/hook", List.of(EXPERIENCE))).isEmpty();
        assertThat(violations("http://[::1]:9000/hook", List.of(EXPERIENCE))).isEmpty();
        assertThat(violations("HTTPS://GFI.EXAMPLE.FR/hooks", List.of(EXPERIENCE))).isEmpty();

        assertThat(violations("http://gfi.example.fr/hooks", List.of(EXPERIENCE)))
                .extracting(Violation::field, Violation::kind).containsExactly(tuple("url", Violation.Kind.URL_NOT_HTTPS));
        assertThat(violations("http://127.0.0.2/hooks", List.of(EXPERIENCE)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.URL_NOT_HTTPS);
        assertThat(violations("ftp://gfi.example.fr/hooks", List.of(EXPERIENCE)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.URL_NOT_HTTPS);
    }

    @Test
    void http_on_the_loopback_can_be_forbidden() {
        SubscriptionRules production = new SubscriptionRules(Set.of(EXPERIENCE),
                new EndpointAddressPolicy(false, RESOLVER));

        assertThat(production.check(new SubscriptionDraft("GFI", "http://127.0.0.1/hook", List.of(EXPERIENCE), null)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.URL_NOT_HTTPS);
    }

    @Test
    void endpoints_inside_the_network_are_refused_whatever_their_scheme() {
        SubscriptionRules production = new SubscriptionRules(Set.of(EXPERIENCE),
                new EndpointAddressPolicy(false, RESOLVER));

        for (String internal : List.of("https://127.0.0.1/hook", "https://localhost/hook", "https://[::1]/hook",
                "https://10.0.0.5/hook", "https://172.16.4.1/hook", "https://192.168.1.10/hook",
                "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook", "https://0.0.0.0/hook",
                "https://[fd00:ec2::254]/hook", "https://[fe80::1]/hook", "https://intranet.example.fr/hook")) {
            assertThat(production.check(new SubscriptionDraft("GFI", internal, List.of(EXPERIENCE), null)))
                    .as(internal).extracting(Violation::kind).containsExactly(Violation.Kind.URL_INTERNAL_ADDRESS);
        }
        assertThat(production.check(new SubscriptionDraft("GFI", "https://gfi.example.fr/hook", List.of(EXPERIENCE),
                null))).as("a public address").isEmpty();
        assertThat(production.check(new SubscriptionDraft("GFI", "https://pas-encore-resolu.example.fr/hook",
                List.of(EXPERIENCE), null))).as("a name that does not resolve yet: checked at delivery").isEmpty();
        assertThat(violations("https://10.0.0.5/hook", List.of(EXPERIENCE)))
                .as("development allows the loopback only").extracting(Violation::kind)
                .containsExactly(Violation.Kind.URL_INTERNAL_ADDRESS);
    }

    @Test
    void malformed_urls_and_credentials_are_refused() {
        assertThat(violations("gfi.example.fr/hooks", List.of(EXPERIENCE)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.URL_MALFORMED);
        assertThat(violations("https://", List.of(EXPERIENCE)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.URL_MALFORMED);
        assertThat(violations("https://gfi example/", List.of(EXPERIENCE)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.URL_MALFORMED);
        assertThat(violations("mailto:admin@gfi.example.fr", List.of(EXPERIENCE)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.URL_MALFORMED);
        assertThat(violations("https://admin:motdepasse@gfi.example.fr/hooks", List.of(EXPERIENCE)))
                .extracting(Violation::kind).containsExactly(Violation.Kind.URL_WITH_CREDENTIALS);
    }

    @Test
    void a_port_outside_1_to_65535_is_refused() {
        for (String url : List.of("https://gfi.example.fr:99999/hooks", "https://gfi.example.fr:0/hooks",
                "https://gfi.example.fr:65536/hooks")) {
            assertThat(violations(url, List.of(EXPERIENCE))).as(url)
                    .extracting(Violation::kind).containsExactly(Violation.Kind.URL_PORT_INVALID);
        }
        assertThat(violations("https://gfi.example.fr:65535/hooks", List.of(EXPERIENCE))).isEmpty();
        assertThat(violations("https://gfi.example.fr:1/hooks", List.of(EXPERIENCE))).isEmpty();
    }

    @Test
    void only_known_topics_every_unknown_one_listed_after_the_url() {
        assertThat(violations("http://gfi.example.fr", List.of("mutualis.inconnu.events", EXPERIENCE, "autre")))
                .extracting(Violation::field, Violation::kind, Violation::rejected).containsExactly(
                        tuple("url", Violation.Kind.URL_NOT_HTTPS, "http://gfi.example.fr"),
                        tuple("topics[0]", Violation.Kind.TOPIC_UNKNOWN, "mutualis.inconnu.events"),
                        tuple("topics[2]", Violation.Kind.TOPIC_UNKNOWN, "autre"));
    }

    @Test
    void an_invalid_draft_is_not_created() {
        assertThatThrownBy(() -> create("http://gfi.example.fr", List.of("x"), List.of()))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        e -> assertThat(e.violations()).hasSize(2));
    }
}
