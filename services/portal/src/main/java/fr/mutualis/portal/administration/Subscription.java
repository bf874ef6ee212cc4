package fr.mutualis.portal.administration;

import java.util.List;

/**
 * A webhook subscription as {@code GET /api/webhooks/subscriptions} shows it (never with its secret).
 *
 * @param eventTypes the filter on event types; empty or {@code null} for every event of the topics
 * @param createdAt  ISO instant
 */
record Subscription(String id, String integrator, String url, List<String> topics, List<String> eventTypes,
                    boolean active, String createdAt, String deactivatedAt) {

    /** The answer to a creation: the subscription's id and, this once, its signing secret. */
    record Created(String id, String url, String secret, String signature) {
    }

    /** {@code {"subscriptions": […]}}. */
    record Listing(List<Subscription> subscriptions) {
    }

    /**
     * A delivery given up after its attempts.
     *
     * @param lastError e.g. {@code HTTP 500} or {@code ConnectException: Connection refused}
     */
    record DeadLetter(String id, String ceId, String topic, String eventType, String subject, int attempts,
                      String lastAttemptAt, Integer lastStatusCode, String lastError, String createdAt) {
    }

    /** {@code {"deadLetters": […], "page": …, "size": …}}. */
    record DeadLetters(List<DeadLetter> deadLetters) {
    }

    /** What a replay scheduled. */
    record Replayed(long eventsRead, long deliveriesScheduled) {
    }
}
