package fr.mutualis.demat.circuit.domain;

import fr.mutualis.demat.acte.domain.ActeLifecycleException;
import fr.mutualis.demat.acte.domain.Actor;
import fr.mutualis.demat.acte.domain.CircuitStep;
import java.util.List;
import java.util.Optional;

/** Who may take a circuit's current step: its assignee, any élu for an élu's step, or their delegate. */
public final class StepAuthority {

    private StepAuthority() {
    }

    /**
     * @return empty when the actor takes the step in their own name, else the e-mail of the person they act for
     * @throws ActeLifecycleException when the step is not theirs to take
     */
    public static Optional<String> check(CircuitStep step, Actor actor, List<Delegation> delegationsToActor) {
        if (step.forAnyElu()) {
            if (actor.elu()) {
                return Optional.empty();
            }
            return delegationsToActor.stream().filter(Delegation::delegatorElu).findFirst()
                    .map(Delegation::delegatorEmail)
                    .map(Optional::of)
                    .orElseThrow(() -> new ActeLifecycleException(
                            "Cette étape revient à un élu de la collectivité (ou à son délégataire)."));
        }
        if (step.assigneeEmail().equals(actor.email())) {
            return Optional.empty();
        }
        return delegationsToActor.stream().filter(d -> d.delegatorEmail().equals(step.assigneeEmail())).findFirst()
                .map(Delegation::delegatorEmail).map(Optional::of)
                .orElseThrow(() -> new ActeLifecycleException("Cette étape revient à " + step.assigneeEmail() + "."));
    }
}
