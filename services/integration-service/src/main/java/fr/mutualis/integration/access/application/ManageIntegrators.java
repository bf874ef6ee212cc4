package fr.mutualis.integration.access.application;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.audit.AuditedAct;
import fr.mutualis.integration.access.domain.AccessControl;
import fr.mutualis.integration.access.domain.AccessException;
import fr.mutualis.integration.access.domain.AccessException.Kind;
import fr.mutualis.integration.access.domain.Integrator;
import fr.mutualis.integration.access.domain.IntegratorRepository;
import fr.mutualis.integration.access.domain.PublicTopics;
import fr.mutualis.web.problem.Problems;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a syndicate administrator does for integrators. The database row is written first and the broker changed in
 * the same transaction: if the broker refuses, the row is rolled back; the broker calls are idempotent, so retrying
 * a failed request converges.
 */
@Transactional
public class ManageIntegrators {

    /** A password shown once, and the integrator it belongs to. */
    public record Credentials(Integrator integrator, String password) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String TARGET = "integrator";

    private final IntegratorRepository integrators;
    private final AccessControl broker;
    private final PublicTopics topics;
    private final AuditTrail audit;
    private final Clock clock;

    public ManageIntegrators(IntegratorRepository integrators, AccessControl broker, PublicTopics topics,
                             AuditTrail audit, Clock clock) {
        this.integrators = integrators;
        this.broker = broker;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    public Credentials register(String name, String organisation, String contactEmail) {
        if (!Integrator.isValidName(name)) {
            throw new AccessException(Kind.INVALID, "name", "Le nom doit faire 3 à 40 caractères : lettres minuscules, "
                    + "chiffres et tirets, en commençant par une lettre (il sert d'identifiant Kafka).");
        }
        Integrator integrator = new Integrator(name, organisation, contactEmail, List.of(), clock.instant(), null);
        if (!integrators.insert(integrator)) {
            throw new AccessException(Kind.CONFLICT, "name", "Un intégrateur nommé « " + name + " » existe déjà.");
        }
        String password = newPassword();
        broker.setPassword(name, password);
        broker.grantExactly(name, List.of());
        audit.record(AuditedAct.of("integrator.registered", TARGET, name).with("organisation", organisation));
        return new Credentials(integrator, password);
    }

    public Integrator grant(String name, List<String> requested) {
        Integrator integrator = active(name);
        List<String> refused = topics.notGrantable(requested);
        if (!refused.isEmpty()) {
            throw new AccessException(Kind.INVALID, "topics", "Ces topics ne peuvent pas être accordés : "
                    + String.join(", ", refused) + ". Topics publics : " + String.join(", ",
                    topics.descriptions().keySet().stream().sorted().toList()) + ".");
        }
        Integrator granted = integrator.withGrants(requested.stream().distinct().sorted().toList());
        integrators.update(granted);
        broker.grantExactly(name, granted.grants());
        audit.record(AuditedAct.of("integrator.topics.granted", TARGET, name).with("topics", granted.grants()));
        return granted;
    }

    public Credentials rotate(String name) {
        Integrator integrator = active(name);
        String password = newPassword();
        broker.setPassword(name, password);
        audit.record(AuditedAct.of("integrator.credentials.rotated", TARGET, name));
        return new Credentials(integrator, password);
    }

    public Integrator revoke(String name) {
        Integrator revoked = active(name).revokedAt(clock.instant());
        integrators.update(revoked);
        broker.revoke(name);
        audit.record(AuditedAct.of("integrator.revoked", TARGET, name));
        return revoked;
    }

    @Transactional(readOnly = true)
    public Integrator find(String name) {
        return integrators.find(name).orElseThrow(() -> notFound(name));
    }

    @Transactional(readOnly = true)
    public List<Integrator> all() {
        return integrators.all();
    }

    private Integrator active(String name) {
        Integrator integrator = find(name);
        if (integrator.revoked()) {
            throw new AccessException(Kind.CONFLICT, "name", "L'accès de « " + name + " » a été révoqué le "
                    + integrator.revokedAt() + " : créez un nouvel intégrateur.");
        }
        return integrator;
    }

    private static AccessException notFound(String name) {
        return new AccessException(Kind.NOT_FOUND, "name", "Aucun intégrateur nommé « " + Problems.excerpt(name) + " ».");
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
