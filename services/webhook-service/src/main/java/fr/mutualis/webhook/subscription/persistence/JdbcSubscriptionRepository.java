package fr.mutualis.webhook.subscription.persistence;

import static fr.mutualis.webhook.subscription.persistence.Rows.timestamp;

import fr.mutualis.service.secrets.SecretBox;
import fr.mutualis.webhook.subscription.domain.Subscription;
import fr.mutualis.webhook.subscription.domain.SubscriptionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Subscriptions in table {@code subscription} (see {@code db/migration}). */
@Repository
class JdbcSubscriptionRepository implements SubscriptionRepository {

    private static final String COLUMNS =
            "id, integrator, url, topics, event_types, signing_secret, active, created_at, deactivated_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SecretBox secrets;

    JdbcSubscriptionRepository(JdbcClient jdbc, TransactionTemplate transaction, SecretBox secrets) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.secrets = secrets;
    }

    @Override
    public void add(Subscription subscription) {
        jdbc.sql("""
                        INSERT INTO subscription (%s)
                        VALUES (:id, :integrator, :url, :topics, :eventTypes, :secret, :active, :createdAt,
                                :deactivatedAt)
                        """.formatted(COLUMNS))
                .param("id", subscription.id())
                .param("integrator", subscription.integrator())
                .param("url", subscription.url().toString())
                .param("topics", subscription.topics().toArray(String[]::new))
                .param("eventTypes", subscription.eventTypes().toArray(String[]::new))
                .param("secret", secrets.seal(subscription.secret().reveal()))
                .param("active", subscription.active())
                .param("createdAt", timestamp(subscription.createdAt()))
                .param("deactivatedAt", timestamp(subscription.deactivatedAt()))
                .update();
    }

    @Override
    public Optional<Subscription> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> Rows.subscription(rs, "", secrets))
                .optional();
    }

    @Override
    public List<Subscription> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription ORDER BY created_at, id")
                .query((rs, row) -> Rows.subscription(rs, "", secrets))
                .list();
    }

    @Override
    public List<Subscription> findActiveOn(String topic) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE active AND :topic = ANY (topics)")
                .param("topic", topic)
                .query((rs, row) -> Rows.subscription(rs, "", secrets))
                .list();
    }

    @Override
    public boolean deactivate(UUID id, Instant now) {
        Boolean deactivated = transaction.execute(status -> {
            int updated = jdbc.sql("""
                            UPDATE subscription SET active = false, deactivated_at = :now
                             WHERE id = :id AND active
                            """)
                    .param("id", id)
                    .param("now", timestamp(now))
                    .update();
            // Also catches a delivery the consumer recorded while the subscription was being deactivated.
            jdbc.sql("""
                            UPDATE delivery SET status = 'CANCELLED', updated_at = :now
                             WHERE subscription_id = :id AND status = 'PENDING'
                            """)
                    .param("id", id)
                    .param("now", timestamp(now))
                    .update();
            return updated == 1;
        });
        return Boolean.TRUE.equals(deactivated);
    }
}
