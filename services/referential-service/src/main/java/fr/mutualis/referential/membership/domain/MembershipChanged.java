package fr.mutualis.referential.membership.domain;

import java.time.Instant;

/** A member joined, changed its services, or left: a public event (ADR 0012). */
public record MembershipChanged(Change change, Adhesion adhesion, Instant occurredAt) {

    public enum Change {
        JOINED, UPDATED, LEFT
    }
}
