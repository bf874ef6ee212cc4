package fr.mutualis.experience.barometer.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * A collectivité's answers to the six criteria of the barometer.
 *
 * @param axes               codes of the axes it is engaged in, among the twelve
 * @param roles              codes of the specialised roles it employs, among the eleven of the study
 * @param communicationTools codes of the digital communication it uses: {@code top-down}, {@code reseaux-sociaux},
 *                           {@code participatif}
 */
public record Answers(boolean strategicPlan, boolean digitalElu, Set<String> axes, Set<String> roles,
                      boolean monitoring, Set<String> communicationTools) {

    public Answers {
        axes = Set.copyOf(new TreeSet<>(axes == null ? Set.of() : axes));
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        communicationTools = Set.copyOf(communicationTools == null ? Set.of() : communicationTools);
    }
}
