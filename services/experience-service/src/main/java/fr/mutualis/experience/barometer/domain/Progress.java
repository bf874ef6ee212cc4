package fr.mutualis.experience.barometer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two consecutive assessments of a collectivité, in its answers and its profile.
 *
 * @param previousProfile the profile before, null for the first assessment
 * @param gained          yes/no criteria now answered yes and not before ({@code strategicPlan}, {@code digitalElu},
 *                        {@code monitoring}); {@code lost} the reverse
 */
public record Progress(String previousProfile, boolean profileChanged, List<String> gained, List<String> lost,
                       Set<String> axesAdded, Set<String> axesDropped, Set<String> rolesAdded,
                       Set<String> communicationToolsAdded) {

    public static Progress between(Assessment before, Assessment after) {
        Answers now = after.answers();
        if (before == null) {
            return new Progress(null, false, List.of(), List.of(), now.axes(), Set.of(), now.roles(),
                    now.communicationTools());
        }
        Answers then = before.answers();
        List<String> gained = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        compare(Criterion.STRATEGIC_PLAN, then.strategicPlan(), now.strategicPlan(), gained, lost);
        compare(Criterion.DIGITAL_ELU, then.digitalElu(), now.digitalElu(), gained, lost);
        compare(Criterion.MONITORING, then.monitoring(), now.monitoring(), gained, lost);
        return new Progress(before.evaluation().profile().code(),
                !before.evaluation().profile().code().equals(after.evaluation().profile().code()), gained, lost,
                minus(now.axes(), then.axes()), minus(then.axes(), now.axes()), minus(now.roles(), then.roles()),
                minus(now.communicationTools(), then.communicationTools()));
    }

    private static void compare(Criterion criterion, boolean then, boolean now, List<String> gained, List<String> lost) {
        if (now && !then) {
            gained.add(criterion.code());
        } else if (then && !now) {
            lost.add(criterion.code());
        }
    }

    private static Set<String> minus(Set<String> values, Set<String> removed) {
        Set<String> result = new TreeSet<>(values);
        result.removeAll(removed);
        return result;
    }
}
