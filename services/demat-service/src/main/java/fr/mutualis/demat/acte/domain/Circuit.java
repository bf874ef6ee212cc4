package fr.mutualis.demat.acte.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ordered steps of an acte's circuit; the first step not done is the current one. */
public record Circuit(List<CircuitStep> steps) {

    public static final int MAX_STEPS = 10;

    public Circuit {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new ActeRuleException("circuit", "Un circuit compte de 1 à " + MAX_STEPS + " étapes.");
        }
        if (steps.stream().noneMatch(step -> step.kind() == CircuitStep.StepKind.SIGNATURE)) {
            throw new ActeRuleException("circuit", "Un circuit comprend au moins une étape de signature.");
        }
    }

    public Optional<CircuitStep> current() {
        return steps.stream().filter(step -> !step.done()).findFirst();
    }

    public boolean complete() {
        return current().isEmpty();
    }

    Circuit withCurrentDone(Actor actor, String onBehalfOf, Instant at) {
        List<CircuitStep> done = new ArrayList<>(steps);
        int index = steps.indexOf(current().orElseThrow());
        done.set(index, steps.get(index).doneBy(actor, onBehalfOf, at));
        return new Circuit(done);
    }
}
