package fr.mutualis.referential.territory.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people type them: case, accents, hyphens and apostrophes do not matter. */
public final class Names {

    private Names() {
    }

    /** {@code "L'Abergement-Clémenciat"} → {@code "l abergement clemenciat"}. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[-'’\\s]+", " ").strip();
    }
}
