package fr.mutualis.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One administrative act, as the audit trail keeps it: what was done ({@code action}, e.g.
 * {@code integrator.credentials.rotated}) to what ({@code targetType} and {@code targetId}), with details that help
 * an auditor. Details never hold a secret, nor the personal data the act protects (an erased e-mail address).
 */
public record AuditedAct(String action, String targetType, String targetId, Map<String, Object> details) {

    public AuditedAct {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditedAct of(String action, String targetType, String targetId) {
        return new AuditedAct(action, targetType, targetId, Map.of());
    }

    public AuditedAct with(String key, Object value) {
        var more = new java.util.LinkedHashMap<String, Object>(details);
        more.put(key, value);
        return new AuditedAct(action, targetType, targetId, more);
    }
}
