package fr.mutualis.experience.barometer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule on a set of answers (axes, roles, communication tools); every part is optional.
 *
 * @param min         at least this many
 * @param max         at most this many
 * @param onlyAmong   none outside these
 * @param someOutside at least one outside these
 * @param exactly     exactly these
 */
public record SetRule(Integer min, Integer max, Set<String> onlyAmong, Set<String> someOutside, Set<String> exactly) {

    public boolean holds(Set<String> values) {
        return (min == null || values.size() >= min)
                && (max == null || values.size() <= max)
                && (onlyAmong == null || onlyAmong.containsAll(values))
                && (someOutside == null || values.stream().anyMatch(value -> !someOutside.contains(value)))
                && (exactly == null || exactly.equals(values));
    }

    /** What the rule expects, in French, e.g. "au moins 6". */
    public String describe(Map<String, String> labels) {
        if (exactly != null) {
            return exactly.isEmpty() ? "aucun" : "exactement " + names(exactly, labels);
        }
        List<String> parts = new ArrayList<>();
        if (min != null && max != null) {
            parts.add(min.equals(max) ? "exactement " + min : "entre " + min + " et " + max);
        } else if (min != null) {
            parts.add("au moins " + min);
        } else if (max != null) {
            parts.add(max == 0 ? "aucun" : "au plus " + max);
        }
        if (onlyAmong != null) {
            parts.add("uniquement parmi " + names(onlyAmong, labels));
        }
        if (someOutside != null) {
            parts.add("dont au moins un hors " + names(someOutside, labels));
        }
        return String.join(", ", parts);
    }

    private static String names(Set<String> codes, Map<String, String> labels) {
        return codes.stream().sorted().map(code -> labels.getOrDefault(code, code)).collect(Collectors.joining(", "));
    }
}
