package fr.mutualis.portal.barometer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The barometer's form as the browser sends it: the three yes/no criteria as {@code "true"}/{@code "false"} (absent
 * when not answered), the three multiple-choice criteria as the codes ticked (absent when none), and the date the
 * answers describe (blank for today).
 */
record AnswersForm(String assessedOn, String strategicPlan, String digitalElu, List<String> axes, List<String> roles,
                   String monitoring, List<String> communicationTools) {

    static final String YES = "true";
    static final String NO = "false";

    AnswersForm {
        axes = axes == null ? List.of() : List.copyOf(axes);
        roles = roles == null ? List.of() : List.copyOf(roles);
        communicationTools = communicationTools == null ? List.of() : List.copyOf(communicationTools);
    }

    static AnswersForm empty() {
        return new AnswersForm(null, null, null, List.of(), List.of(), null, List.of());
    }

    /** The answers of an earlier assessment, to start the next one from; the date is left for today. */
    static AnswersForm startingFrom(Assessment.Answers answers) {
        return new AnswersForm(null, yesNo(answers.strategicPlan()), yesNo(answers.digitalElu()), answers.axes(),
                answers.roles(), yesNo(answers.monitoring()), answers.communicationTools());
    }

    /**
     * The body of the simulation and of the recording: an unanswered yes/no criterion is sent as null, so that the
     * service says which answer is missing; a multiple-choice criterion with nothing ticked is an empty list, a
     * valid answer.
     */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessedOn", assessedOn == null || assessedOn.isBlank() ? null : assessedOn.strip());
        body.put("strategicPlan", bool(strategicPlan));
        body.put("digitalElu", bool(digitalElu));
        body.put("axes", axes);
        body.put("roles", roles);
        body.put("monitoring", bool(monitoring));
        body.put("communicationTools", communicationTools);
        return body;
    }

    /** The values chosen for a criterion, by its code, as the form's inputs carry them. */
    List<String> chosen(String criterion) {
        return switch (criterion) {
            case "strategicPlan" -> single(strategicPlan);
            case "digitalElu" -> single(digitalElu);
            case "monitoring" -> single(monitoring);
            case "axes" -> axes;
            case "roles" -> roles;
            case "communicationTools" -> communicationTools;
            default -> List.of();
        };
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static Boolean bool(String value) {
        if (YES.equals(value)) {
            return true;
        }
        return NO.equals(value) ? false : null;
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? YES : NO;
    }
}
