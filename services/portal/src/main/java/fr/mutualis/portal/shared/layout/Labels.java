package fr.mutualis.portal.shared.layout;

import java.util.List;

/**
 * The codes a service sends (a state, a change in a history) and what the pages say for each, in the order a list
 * offers them as choices.
 */
public final class Labels {

    /** One code and its French label. */
    public record Choice(String code, String label) {
    }

    private final List<Choice> choices;

    public Labels(Choice... choices) {
        this.choices = List.of(choices);
    }

    public List<Choice> choices() {
        return choices;
    }

    /** The label of a code; an unknown code (a newer service) is shown as it came, nothing for none. */
    public String labelOf(Object code) {
        return code == null ? "" : choices.stream().filter(choice -> choice.code().equals(code.toString()))
                .map(Choice::label).findFirst().orElse(code.toString());
    }

    public boolean isCode(String code) {
        return choices.stream().anyMatch(choice -> choice.code().equals(code));
    }
}
