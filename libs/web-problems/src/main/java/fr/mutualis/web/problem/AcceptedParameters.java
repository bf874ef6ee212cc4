package fr.mutualis.web.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The request parameters an endpoint accepts, and how, checked against what a request sent, so that every endpoint
 * refuses the same mistakes with the same French messages: a parameter it does not take (a misspelt filter would
 * otherwise be ignored), a second value of one that takes one value (rather than one of them being picked), and an
 * empty value where the endpoint would otherwise read its default, null or a number.
 */
public final class AcceptedParameters {

    /**
     * One parameter an endpoint accepts.
     *
     * @param several    whether it takes several values; otherwise a second one is refused
     * @param mayBeEmpty whether an empty value is the endpoint's to judge; otherwise it is refused
     */
    public record Accepted(String name, boolean several, boolean mayBeEmpty) {

        public Accepted {
            Objects.requireNonNull(name);
        }
    }

    private final String where;
    private final Map<String, Accepted> byName = new LinkedHashMap<>();

    /**
     * @param where    what takes the parameters, for the messages: {@code la recherche d'actes}, {@code cette adresse}
     * @param accepted the parameters, in the order the messages list them
     */
    public AcceptedParameters(String where, List<Accepted> accepted) {
        this.where = Objects.requireNonNull(where);
        accepted.forEach(parameter -> byName.put(parameter.name(), parameter));
    }

    /** The mistakes in the parameters sent, at most one for each, in the order of their names; empty when none. */
    public List<FieldErrorItem> mistakesIn(Map<String, ? extends List<String>> sent) {
        List<FieldErrorItem> mistakes = new ArrayList<>();
        new TreeMap<>(sent).forEach((name, values) -> {
            Accepted parameter = byName.get(name);
            if (parameter == null) {
                mistakes.add(unknown(name));
            } else if (!parameter.several() && values.size() > 1) {
                mistakes.add(new FieldErrorItem(name, "Le paramètre « " + name + " » ne prend qu'une valeur : il est "
                        + "donné " + values.size() + " fois."));
            } else if (!parameter.mayBeEmpty() && values.stream().anyMatch(value -> value == null || value.isBlank())) {
                mistakes.add(new FieldErrorItem(name, "Le paramètre « " + name
                        + " » est vide : donnez-lui une valeur, ou retirez-le."));
            }
        });
        return mistakes;
    }

    private FieldErrorItem unknown(String name) {
        return new FieldErrorItem(Problems.excerpt(name), byName.isEmpty()
                ? "Ce paramètre n'existe pas : " + where + " n'en prend aucun."
                : "Ce paramètre n'existe pas pour " + where + " : " + String.join(", ", byName.keySet()) + ".");
    }
}
