package fr.mutualis.webhook.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5));
    private final Delivery fresh = Delivery.due(UUID.randomUUID(), UUID.randomUUID(), "ce-1", T0);

    @Test
    void a_new_delivery_is_due_at_once() {
        assertThat(fresh.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(fresh.attempts()).isZero();
        assertThat(fresh.nextAttemptAt()).isEqualTo(T0);
    }

    @Test
    void a_2xx_delivers() {
        Delivery after = fresh.afterAttempt(AttemptResult.answered(204), T0.plusSeconds(1), policy);

        assertThat(after.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.deliveredAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(after.lastStatusCode()).isEqualTo(204);
        assertThat(after.lastError()).isNull();
    }

    @Test
    void a_failure_is_retried_after_the_policy_s_wait_then_dead_at_the_bound() {
        Delivery first = fresh.afterAttempt(AttemptResult.answered(500), T0, policy);
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(first.lastError()).isEqualTo("HTTP 500");

        Delivery second = first.afterAttempt(AttemptResult.unanswered("ConnectException: refused"),
                T0.plusSeconds(10), policy);
        assertThat(second.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(second.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(second.lastStatusCode()).isNull();
        assertThat(second.lastError()).isEqualTo("ConnectException: refused");

        Delivery third = second.afterAttempt(AttemptResult.answered(503), T0.plusSeconds(30), policy);
        assertThat(third.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).isEqualTo("HTTP 503");
    }

    @Test
    void a_redirection_is_a_failure() {
        assertThat(fresh.afterAttempt(AttemptResult.answered(302), T0, policy).status())
                .isEqualTo(DeliveryStatus.PENDING);
        assertThat(AttemptResult.answered(302).delivered()).isFalse();
        assertThat(AttemptResult.answered(299).delivered()).isTrue();
    }

    @Test
    void a_dead_letter_retried_is_due_at_once_with_a_full_set_of_attempts() {
        Delivery dead = fresh;
        for (int i = 0; i < 3; i++) {
            dead = dead.afterAttempt(AttemptResult.answered(500), T0, policy);
        }

        Delivery retried = dead.retried(T0.plusSeconds(60));

        assertThat(retried.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(retried.lastError()).as("kept until the next attempt").isEqualTo("HTTP 500");
    }

    @Test
    void only_a_dead_letter_can_be_retried_and_only_a_pending_delivery_attempted() {
        Delivery delivered = fresh.afterAttempt(AttemptResult.answered(200), T0, policy);

        assertThatThrownBy(() -> fresh.retried(T0)).isInstanceOf(DeliveryNotDeadException.class);
        assertThatThrownBy(() -> delivered.retried(T0)).isInstanceOf(DeliveryNotDeadException.class);
        assertThatThrownBy(() -> delivered.afterAttempt(AttemptResult.answered(200), T0, policy))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void long_errors_are_cut() {
        AttemptResult result = AttemptResult.unanswered("x".repeat(2000));

        assertThat(result.error()).hasSize(AttemptResult.MAX_ERROR_LENGTH);
    }
}
