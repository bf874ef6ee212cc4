package fr.mutualis.webhook.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(30), 2.0, Duration.ofHours(1));

    @Test
    void waits_grow_exponentially_up_to_the_maximum() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(policy::delayAfter)).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1));
    }

    @Test
    void the_default_schedule_tries_for_about_four_hours() {
        Duration total = IntStream.rangeClosed(1, 9).mapToObj(policy::delayAfter).reduce(Duration.ZERO, Duration::plus);

        assertThat(total).isEqualTo(Duration.ofSeconds(30 + 60 + 120 + 240 + 480 + 960 + 1920 + 3600 + 3600));
    }

    @Test
    void a_huge_number_of_failures_stays_at_the_maximum() {
        assertThat(policy.delayAfter(10_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void is_exhausted_after_max_attempts_in_all() {
        assertThat(policy.exhausted(9)).isFalse();
        assertThat(policy.exhausted(10)).isTrue();
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1)).exhausted(1)).isTrue();
    }

    @Test
    void the_next_attempt_is_now_plus_the_wait() {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        assertThat(policy.nextAttemptAfter(3, now)).isEqualTo(Instant.parse("2026-11-22T08:02:00Z"));
    }

    @Test
    void refuses_nonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, 2, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), 2, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
