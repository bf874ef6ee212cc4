package fr.mutualis.webhook.subscription.persistence;

import static fr.mutualis.webhook.subscription.persistence.Rows.timestamp;

import fr.mutualis.service.secrets.SecretBox;
import fr.mutualis.webhook.subscription.domain.CloudEvent;
import fr.mutualis.webhook.subscription.domain.ConsumedEvent;
import fr.mutualis.webhook.subscription.domain.DeadLetter;
import fr.mutualis.webhook.subscription.domain.Delivery;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.DueDelivery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries in table {@code delivery}, their events in {@code webhook_event} (see {@code db/migration}). Claims use
 * {@code FOR UPDATE SKIP LOCKED}, so several instances of the service share the work without sending twice.
 */
@Repository
class JdbcDeliveryRepository implements DeliveryRepository {

    private static final String DELIVERY_COLUMNS = "id, subscription_id, ce_id, status, attempts, next_attempt_at, "
            + "last_attempt_at, last_status_code, last_error, created_at, delivered_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SecretBox secrets;

    JdbcDeliveryRepository(JdbcClient jdbc, TransactionTemplate transaction, SecretBox secrets) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.secrets = secrets;
    }

    @Override
    public int recordNew(ConsumedEvent event, Collection<UUID> subscriptionIds, Instant now) {
        Integer created = transaction.execute(status -> {
            storeEvent(event, now);
            int count = 0;
            for (UUID subscriptionId : subscriptionIds) {
                count += jdbc.sql("""
                                INSERT INTO delivery (id, subscription_id, ce_id, status, attempts, next_attempt_at,
                                                      created_at, updated_at)
                                VALUES (:id, :subscriptionId, :ceId, 'PENDING', 0, :now, :now, :now)
                                ON CONFLICT (subscription_id, ce_id) DO NOTHING
                                """)
                        .param("id", UUID.randomUUID())
                        .param("subscriptionId", subscriptionId)
                        .param("ceId", event.event().id())
                        .param("now", timestamp(now))
                        .update();
            }
            return count;
        });
        return created == null ? 0 : created;
    }

    @Override
    public int recordAgain(Collection<ConsumedEvent> events, UUID subscriptionId, Instant now) {
        Integer scheduled = transaction.execute(status -> {
            int count = 0;
            for (ConsumedEvent event : events) {
                storeEvent(event, now);
                count += jdbc.sql("""
                                INSERT INTO delivery (id, subscription_id, ce_id, status, attempts, next_attempt_at,
                                                      created_at, updated_at)
                                VALUES (:id, :subscriptionId, :ceId, 'PENDING', 0, :now, :now, :now)
                                ON CONFLICT (subscription_id, ce_id) DO UPDATE
                                   SET status = 'PENDING', attempts = 0, next_attempt_at = :now, delivered_at = NULL,
                                       updated_at = :now
                                 WHERE delivery.status <> 'PENDING'
                                """)
                        .param("id", UUID.randomUUID())
                        .param("subscriptionId", subscriptionId)
                        .param("ceId", event.event().id())
                        .param("now", timestamp(now))
                        .update();
            }
            return count;
        });
        return scheduled == null ? 0 : scheduled;
    }

    private void storeEvent(ConsumedEvent consumed, Instant now) {
        CloudEvent event = consumed.event();
        jdbc.sql("""
                        INSERT INTO webhook_event (ce_id, topic, ce_type, ce_source, ce_specversion, ce_time, ce_subject,
                                                   ce_schemaversion, content_type, body, received_at)
                        VALUES (:id, :topic, :type, :source, :specVersion, :time, :subject, :schemaVersion,
                                :contentType, :body, :now)
                        ON CONFLICT (ce_id) DO NOTHING
                        """)
                .param("id", event.id())
                .param("topic", consumed.topic())
                .param("type", event.type())
                .param("source", event.source())
                .param("specVersion", event.specVersion())
                .param("time", event.time())
                .param("subject", event.subject())
                .param("schemaVersion", event.schemaVersion())
                .param("contentType", event.dataContentType())
                .param("body", event.data())
                .param("now", timestamp(now))
                .update();
        if (event.erasesContact()) {
            eraseEarlierContacts(event.id());
        }
    }

    /**
     * Removes {@code data.contact} from the stored events of the erasure's aggregate that precede it. PostgreSQL
     * re-serializes their bodies (same JSON, keys reordered): harmless, each attempt signs the body it sends, while
     * the events recorded stay byte for byte as their producer wrote them.
     */
    private void eraseEarlierContacts(String erasureId) {
        jdbc.sql("""
                        UPDATE webhook_event earlier
                           SET body = (earlier.body::jsonb #- '{data,contact}')::text
                          FROM webhook_event erasure
                         WHERE erasure.ce_id = :erasureId
                           AND earlier.topic = erasure.topic AND earlier.ce_subject = erasure.ce_subject
                           AND earlier.body::jsonb -> 'data' -> 'contact' IS NOT NULL
                           AND (earlier.body::jsonb ->> 'aggregateVersion')::bigint
                               < (erasure.body::jsonb ->> 'aggregateVersion')::bigint
                        """)
                .param("erasureId", erasureId)
                .update();
    }

    @Override
    public List<DueDelivery> claimDue(Instant now, int limit, Instant leaseUntil) {
        return jdbc.sql("""
                        WITH claimed AS (
                            SELECT d.id
                              FROM delivery d JOIN subscription s ON s.id = d.subscription_id
                             WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND s.active
                             ORDER BY d.next_attempt_at
                             LIMIT :limit
                               FOR UPDATE OF d SKIP LOCKED
                        )
                        UPDATE delivery d SET next_attempt_at = :leaseUntil
                          FROM claimed, subscription s, webhook_event e
                         WHERE d.id = claimed.id AND s.id = d.subscription_id AND e.ce_id = d.ce_id
                        RETURNING d.id AS d_id, d.subscription_id AS d_subscription_id, d.ce_id AS d_ce_id,
                                  d.status AS d_status, d.attempts AS d_attempts,
                                  d.next_attempt_at AS d_next_attempt_at, d.last_attempt_at AS d_last_attempt_at,
                                  d.last_status_code AS d_last_status_code, d.last_error AS d_last_error,
                                  d.created_at AS d_created_at, d.delivered_at AS d_delivered_at,
                                  s.id AS s_id, s.integrator AS s_integrator, s.url AS s_url, s.topics AS s_topics,
                                  s.event_types AS s_event_types, s.signing_secret AS s_signing_secret,
                                  s.active AS s_active, s.created_at AS s_created_at,
                                  s.deactivated_at AS s_deactivated_at,
                                  e.ce_id AS e_ce_id, e.ce_type AS e_ce_type, e.ce_source AS e_ce_source,
                                  e.ce_specversion AS e_ce_specversion, e.ce_time AS e_ce_time,
                                  e.ce_subject AS e_ce_subject, e.ce_schemaversion AS e_ce_schemaversion,
                                  e.content_type AS e_content_type, e.body AS e_body
                        """)
                .param("now", timestamp(now))
                .param("limit", limit)
                .param("leaseUntil", timestamp(leaseUntil))
                .query((rs, row) -> new DueDelivery(Rows.delivery(rs, "d_"), Rows.subscription(rs, "s_", secrets),
                        Rows.event(rs, "e_")))
                .list();
    }

    @Override
    public boolean saveAttempt(Delivery delivery) {
        return jdbc.sql("""
                        UPDATE delivery
                           SET status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
                               last_attempt_at = :lastAttemptAt, last_status_code = :lastStatusCode,
                               last_error = :lastError, delivered_at = :deliveredAt, updated_at = :lastAttemptAt
                         WHERE id = :id AND status = 'PENDING' AND attempts = :previousAttempts
                        """)
                .param("id", delivery.id())
                .param("status", delivery.status().name())
                .param("attempts", delivery.attempts())
                .param("previousAttempts", delivery.attempts() - 1)
                .param("nextAttemptAt", timestamp(delivery.nextAttemptAt()))
                .param("lastAttemptAt", timestamp(delivery.lastAttemptAt()))
                .param("lastStatusCode", delivery.lastStatusCode(), java.sql.Types.INTEGER)
                .param("lastError", delivery.lastError())
                .param("deliveredAt", timestamp(delivery.deliveredAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update() == 1;
    }

    @Override
    public Optional<Delivery> findById(UUID deliveryId) {
        return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM delivery WHERE id = :id")
                .param("id", deliveryId)
                .query((rs, row) -> Rows.delivery(rs, ""))
                .optional();
    }

    @Override
    public boolean reschedule(Delivery retried) {
        return jdbc.sql("""
                        UPDATE delivery
                           SET status = 'PENDING', attempts = 0, next_attempt_at = :now, delivered_at = NULL,
                               updated_at = :now
                         WHERE id = :id AND status = 'DEAD'
                        """)
                .param("id", retried.id())
                .param("now", timestamp(retried.nextAttemptAt()))
                .update() == 1;
    }

    @Override
    public List<DeadLetter> findDead(UUID subscriptionId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT d.id, d.subscription_id, d.ce_id, d.status, d.attempts, d.next_attempt_at,
                               d.last_attempt_at, d.last_status_code, d.last_error, d.created_at, d.delivered_at,
                               e.topic, e.ce_type, e.ce_subject
                          FROM delivery d JOIN webhook_event e ON e.ce_id = d.ce_id
                         WHERE d.subscription_id = :subscriptionId AND d.status = 'DEAD'
                         ORDER BY d.updated_at DESC, d.id
                         LIMIT :limit OFFSET :offset
                        """)
                .param("subscriptionId", subscriptionId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new DeadLetter(Rows.delivery(rs, ""), rs.getString("topic"),
                        rs.getString("ce_type"), rs.getString("ce_subject")))
                .list();
    }

    @Override
    public int purgeSettledBefore(Instant before) {
        Integer purged = transaction.execute(status -> {
            int deliveries = jdbc.sql("""
                            DELETE FROM delivery WHERE status IN ('DELIVERED', 'CANCELLED') AND updated_at < :before
                            """)
                    .param("before", timestamp(before))
                    .update();
            jdbc.sql("""
                            DELETE FROM webhook_event e
                             WHERE e.received_at < :before
                               AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.ce_id = e.ce_id)
                            """)
                    .param("before", timestamp(before))
                    .update();
            return deliveries;
        });
        return purged == null ? 0 : purged;
    }
}
