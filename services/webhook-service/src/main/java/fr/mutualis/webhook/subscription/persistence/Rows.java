package fr.mutualis.webhook.subscription.persistence;

import fr.mutualis.service.secrets.SecretBox;
import fr.mutualis.webhook.subscription.domain.CloudEvent;
import fr.mutualis.webhook.subscription.domain.Delivery;
import fr.mutualis.webhook.subscription.domain.DeliveryStatus;
import fr.mutualis.webhook.subscription.domain.SigningSecret;
import fr.mutualis.webhook.subscription.domain.Subscription;
import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads rows into domain objects; column names may carry a prefix when several tables are joined. */
final class Rows {

    private Rows() {
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** @param secrets opens the signing secret, stored sealed (or still in clear until SealedSigningSecrets ran) */
    static Subscription subscription(ResultSet rs, String prefix, SecretBox secrets) throws SQLException {
        return new Subscription(
                rs.getObject(prefix + "id", UUID.class),
                rs.getString(prefix + "integrator"),
                URI.create(rs.getString(prefix + "url")),
                strings(rs.getArray(prefix + "topics")),
                strings(rs.getArray(prefix + "event_types")),
                SigningSecret.of(signingSecret(rs.getString(prefix + "signing_secret"), secrets)),
                rs.getBoolean(prefix + "active"),
                instant(rs, prefix + "created_at"),
                instant(rs, prefix + "deactivated_at"));
    }

    private static String signingSecret(String stored, SecretBox secrets) {
        return SecretBox.isSealed(stored) ? secrets.open(stored) : stored;
    }

    static Delivery delivery(ResultSet rs, String prefix) throws SQLException {
        int statusCode = rs.getInt(prefix + "last_status_code");
        Integer lastStatusCode = rs.wasNull() ? null : statusCode;
        return new Delivery(
                rs.getObject(prefix + "id", UUID.class),
                rs.getObject(prefix + "subscription_id", UUID.class),
                rs.getString(prefix + "ce_id"),
                DeliveryStatus.valueOf(rs.getString(prefix + "status")),
                rs.getInt(prefix + "attempts"),
                instant(rs, prefix + "next_attempt_at"),
                instant(rs, prefix + "last_attempt_at"),
                lastStatusCode,
                rs.getString(prefix + "last_error"),
                instant(rs, prefix + "created_at"),
                instant(rs, prefix + "delivered_at"));
    }

    static CloudEvent event(ResultSet rs, String prefix) throws SQLException {
        return new CloudEvent(
                rs.getString(prefix + "ce_id"),
                rs.getString(prefix + "ce_type"),
                rs.getString(prefix + "ce_source"),
                rs.getString(prefix + "ce_specversion"),
                rs.getString(prefix + "ce_time"),
                rs.getString(prefix + "ce_subject"),
                rs.getString(prefix + "ce_schemaversion"),
                rs.getString(prefix + "content_type"),
                rs.getString(prefix + "body"));
    }

    private static List<String> strings(Array array) throws SQLException {
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
