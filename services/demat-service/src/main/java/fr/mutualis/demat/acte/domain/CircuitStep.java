package fr.mutualis.demat.acte.domain;

import java.time.Instant;

/**
 * One step of a parapheur circuit: a visa or a signature, by a named person ({@code assigneeEmail}) or by any élu of
 * the collectivité ({@code assigneeEmail} absent). Once done, who did it (perhaps by delegation) and when.
 */
public record CircuitStep(StepKind kind, String assigneeEmail, String doneByEmail, String doneByName,
                          String onBehalfOfEmail, Instant doneAt) {

    public enum StepKind {
        VISA("visa"), SIGNATURE("signature");

        private final String code;

        StepKind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static CircuitStep toDo(StepKind kind, String assigneeEmail) {
        if (kind == null) {
            throw new ActeRuleException("circuit", "Chaque étape est un visa ou une signature.");
        }
        return new CircuitStep(kind, assigneeEmail == null ? null : assigneeEmail.strip().toLowerCase(java.util.Locale.ROOT),
                null, null, null, null);
    }

    public boolean done() {
        return doneAt != null;
    }

    /** The step is for any élu of the collectivité rather than for one person. */
    public boolean forAnyElu() {
        return assigneeEmail == null;
    }

    CircuitStep doneBy(Actor actor, String onBehalfOf, Instant at) {
        return new CircuitStep(kind, assigneeEmail, actor.email(), actor.name(), onBehalfOf, at);
    }
}
