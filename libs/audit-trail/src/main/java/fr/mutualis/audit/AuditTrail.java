package fr.mutualis.audit;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.outbox.AggregateEvents;
import fr.mutualis.service.security.PlatformRole;
import fr.mutualis.service.security.PlatformUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every administrative act of a service in its append-only {@code audit_event} table (who, when, what, from
 * which client) and publishes it as {@code platform.audit.recorded} on {@code mutualis.audit.events} through the
 * outbox, both in the transaction of the act when there is one (an act that is rolled back leaves no trace, one that
 * is committed cannot go unrecorded), in a transaction of their own otherwise. The actor is the signed-in user of the
 * request, or the service itself when no one is.
 */
public class AuditTrail {

    /** The actor of what a service does by itself (a scheduled import, a start-up migration). */
    static final String SYSTEM = "system";

    private static final String INSERT = """
            INSERT INTO audit_event (id, occurred_at, action, target_type, target_id, actor_subject, actor_roles,
                                     actor_siren, client_id, details)
            VALUES (:id, :occurredAt, :action, :targetType, :targetId, :subject, :roles, :siren, :client,
                    CAST(:details AS jsonb))
            RETURNING sequence
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AggregateEvents events;
    private final PublishedEventType recorded = PublishedEventType.named("platform.audit.recorded");
    private final JsonMapper json;
    private final Clock clock;
    private final String service;

    public AuditTrail(JdbcClient jdbc, TransactionTemplate transaction, AggregateEvents events, JsonMapper json,
                      Clock clock, String service) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.service = service;
    }

    /** Who acted, as the audit trail names them. */
    public record Actor(String subject, List<String> roles, String siren, String client) {
    }

    /** The event's data. */
    public record AuditRecord(String service, String action, Target target, Actor actor, Map<String, Object> details) {
    }

    public record Target(String type, String id) {
    }

    /** An act as the trail kept it; {@code details} is its JSON text. */
    public record RecordedAct(long sequence, UUID id, Instant occurredAt, String action, Target target, Actor actor,
                              String details) {
    }

    /** What was done to one target, oldest first: for auditors, and for the tests that prove an act was kept. */
    public List<RecordedAct> actsOn(String targetType, String targetId) {
        return jdbc.sql("""
                        SELECT sequence, id, occurred_at, action, target_type, target_id, actor_subject, actor_roles,
                               actor_siren, client_id, details::text AS details
                        FROM audit_event WHERE target_type = :type AND target_id = :id ORDER BY sequence""")
                .param("type", targetType).param("id", targetId)
                .query((rs, row) -> new RecordedAct(rs.getLong("sequence"), rs.getObject("id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                        new Target(rs.getString("target_type"), rs.getString("target_id")),
                        new Actor(rs.getString("actor_subject"), List.of((String[]) rs.getArray("actor_roles").getArray()),
                                rs.getString("actor_siren"), rs.getString("client_id")),
                        rs.getString("details")))
                .list();
    }

    /** Joins the caller's transaction, or runs in one of its own. */
    public void record(AuditedAct act) {
        transaction.executeWithoutResult(status -> write(act, currentActor()));
    }

    private void write(AuditedAct act, Actor actor) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        long sequence = jdbc.sql(INSERT)
                .param("id", id)
                .param("occurredAt", Timestamp.from(now))
                .param("action", act.action())
                .param("targetType", act.targetType())
                .param("targetId", act.targetId())
                .param("subject", actor.subject())
                .param("roles", actor.roles().toArray(String[]::new))
                .param("siren", actor.siren())
                .param("client", actor.client())
                .param("details", json.writeValueAsString(act.details()))
                .query(Long.class).single();
        events.publish(id, recorded, service, sequence, now,
                new AuditRecord(service, act.action(), new Target(act.targetType(), act.targetId()), actor,
                        act.details()));
    }

    static Actor currentActor() {
        return PlatformUser.current()
                .map(user -> new Actor(user.subject(),
                        user.roles().stream().map(PlatformRole::claimValue).sorted().toList(),
                        user.siren().orElse(null), user.client()))
                .orElseGet(() -> new Actor(SYSTEM, List.of(), null, null));
    }
}
