package fr.mutualis.referential.territory.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of collectivité the referential knows; the code is what the API and events carry. */
public enum Kind {
    COMMUNE, EPCI, DEPARTEMENT, REGION,
    /** A syndicat mixte or GIP: absent from the official package, registered by an administrator. */
    SYNDICAT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> find(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
