package fr.mutualis.webhook.subscription.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a failed delivery is tried again: after the n-th failed attempt, wait
 * {@code min(initialDelay × multiplier^(n-1), maxDelay)}; after {@code maxAttempts} failed attempts the delivery is
 * dead-lettered. With 10 attempts, 30 s, ×2 and at most 1 h, an event is tried for about 4 h.
 *
 * @param maxAttempts  attempts in all, the first one included, before a delivery is dead
 * @param initialDelay wait after the first failure
 * @param multiplier   growth of the wait from one failure to the next
 * @param maxDelay     longest wait between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive, was " + initialDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
        }
    }

    /** Whether a delivery that failed {@code failedAttempts} times gets no more attempt. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    /** How long to wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts starts at 1, was " + failedAttempts);
        }
        double millis = initialDelay.toMillis() * Math.pow(multiplier, failedAttempts - 1);
        if (Double.isInfinite(millis) || millis >= maxDelay.toMillis()) {
            return maxDelay;
        }
        return Duration.ofMillis(Math.round(millis));
    }

    /** When to try again after the {@code failedAttempts}-th failed attempt, made at {@code now}. */
    public Instant nextAttemptAfter(int failedAttempts, Instant now) {
        return now.plus(delayAfter(failedAttempts));
    }
}
