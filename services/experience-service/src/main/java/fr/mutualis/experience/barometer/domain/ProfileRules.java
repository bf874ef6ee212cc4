package fr.mutualis.experience.barometer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The barometer's rules: the profiles in the order they are tried, and the French labels of the criteria's options.
 * Loaded from data ({@code barometer/profiles-v1.json}), so that a new edition of the study changes a file, not code.
 *
 * @param axisLabels axis code → label; {@code roleLabels} and {@code toolLabels} likewise
 */
public record ProfileRules(int version, List<Profile> profiles, Map<String, String> axisLabels,
                           Map<String, String> roleLabels, Map<String, String> toolLabels) {

    public ProfileRules {
        profiles = List.copyOf(profiles);
        axisLabels = Map.copyOf(axisLabels);
        roleLabels = Map.copyOf(roleLabels);
        toolLabels = Map.copyOf(toolLabels);
    }

    /**
     * The first profile whose every rule holds; if none, "non classé" with the nearest profile (fewest unmet
     * criteria, the earlier profile on a tie) and its criteria.
     */
    public Evaluation evaluate(Answers answers) {
        List<List<Evaluation.CriterionResult>> results = new ArrayList<>();
        for (Profile profile : profiles) {
            List<Evaluation.CriterionResult> criteria = check(profile, answers);
            if (criteria.stream().allMatch(Evaluation.CriterionResult::met)) {
                return new Evaluation(new Evaluation.Label(profile.code(), profile.label()), null, criteria);
            }
            results.add(criteria);
        }
        int nearest = 0;
        for (int i = 1; i < profiles.size(); i++) {
            if (unmet(results.get(i)) < unmet(results.get(nearest))) {
                nearest = i;
            }
        }
        Profile profile = profiles.get(nearest);
        return new Evaluation(Evaluation.NOT_CLASSIFIED, new Evaluation.Label(profile.code(), profile.label()),
                results.get(nearest));
    }

    /** @throws IllegalArgumentException naming the first answer that is not a code of the study */
    public void requireKnown(Answers answers) {
        unknown(answers.axes(), axisLabels.keySet(), "axes");
        unknown(answers.roles(), roleLabels.keySet(), "roles");
        unknown(answers.communicationTools(), toolLabels.keySet(), "communicationTools");
    }

    private static void unknown(Set<String> values, Set<String> known, String criterion) {
        values.stream().filter(value -> !known.contains(value)).findFirst().ifPresent(value -> {
            throw new UnknownAnswerException(criterion, value, known);
        });
    }

    private static long unmet(List<Evaluation.CriterionResult> criteria) {
        return criteria.stream().filter(result -> !result.met()).count();
    }

    private List<Evaluation.CriterionResult> check(Profile profile, Answers answers) {
        String forProfile = " pour le profil " + profile.label();
        List<Evaluation.CriterionResult> criteria = new ArrayList<>();
        criteria.add(yesNo(Criterion.STRATEGIC_PLAN, profile.strategicPlan(), answers.strategicPlan(),
                "plan ou schéma stratégique", forProfile));
        criteria.add(yesNo(Criterion.DIGITAL_ELU, profile.digitalElu(), answers.digitalElu(),
                "élu en charge du numérique", forProfile));
        criteria.add(set(Criterion.AXES, profile.axes(), answers.axes(), axisLabels, "axe(s) engagé(s)", forProfile));
        criteria.add(set(Criterion.ROLES, profile.roles(), answers.roles(), roleLabels, "poste(s) spécialisé(s)",
                forProfile));
        criteria.add(yesNo(Criterion.MONITORING, profile.monitoring(), answers.monitoring(),
                "dispositif de suivi et d'évaluation", forProfile));
        criteria.add(set(Criterion.COMMUNICATION_TOOLS, profile.communicationTools(), answers.communicationTools(),
                toolLabels, "usage(s) des outils de communication", forProfile));
        return criteria;
    }

    private static Evaluation.CriterionResult yesNo(Criterion criterion, Boolean expected, boolean actual, String what,
                                                    String forProfile) {
        String state = (actual ? "Présence d'un " : "Pas de ") + what;
        if (expected == null) {
            return new Evaluation.CriterionResult(criterion.code(), true, state + " : indifférent" + forProfile + ".");
        }
        boolean met = expected == actual;
        return new Evaluation.CriterionResult(criterion.code(), met, state + " : " + (expected ? "attendu" : "non attendu")
                + forProfile + ".");
    }

    private static Evaluation.CriterionResult set(Criterion criterion, SetRule rule, Set<String> values,
                                                  Map<String, String> labels, String what, String forProfile) {
        String state = values.size() + " " + what;
        if (rule == null) {
            return new Evaluation.CriterionResult(criterion.code(), true, state + " : indifférent" + forProfile + ".");
        }
        return new Evaluation.CriterionResult(criterion.code(), rule.holds(values),
                state + " : " + rule.describe(labels) + " attendu(s)" + forProfile + ".");
    }
}
