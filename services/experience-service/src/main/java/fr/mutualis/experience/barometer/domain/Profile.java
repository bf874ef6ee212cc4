package fr.mutualis.experience.barometer.domain;

import java.util.Objects;

/**
 * One of the five profiles and what it takes on each criterion: a null boolean or rule accepts any answer.
 */
public record Profile(String code, String label, Boolean strategicPlan, Boolean digitalElu, SetRule axes,
                      SetRule roles, Boolean monitoring, SetRule communicationTools) {

    public Profile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
