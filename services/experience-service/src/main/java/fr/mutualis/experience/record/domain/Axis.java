package fr.mutualis.experience.record.domain;

import java.util.List;
import java.util.Optional;

/**
 * The twelve thematic axes of the study "Baromètre de l'innovation numérique territorial", under which an
 * experience is filed. The code is stable: it is stored, published in events and used by the API; the label is what
 * people read.
 */
public enum Axis implements Coded {
    OPEN_DATA("Open data"),
    THD("Très haut débit (THD)"),
    DEMATERIALISATION("Dématérialisation"),
    SMART_CITY("Smart city"),
    BIG_DATA("Big data"),
    INCUBATEUR("Incubateur de start-up"),
    E_INCLUSION("E-inclusion"),
    E_DEMOCRATIE("E-démocratie"),
    ECONOMIE_COLLABORATIVE("Économie collaborative"),
    OPEN_INNOVATION("Open innovation / Fablabs"),
    CLOUD("Hébergement des données / Cloud"),
    PROTECTION_DONNEES("Protection des données publiques");

    private final String label;

    Axis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The axis with this exact code, if any. */
    public static Optional<Axis> find(String code) {
        return Coded.find(Axis.class, code);
    }

    /** @throws UnknownAxisException if no axis has this code */
    public static Axis fromCode(String code) {
        return find(code).orElseThrow(() -> new UnknownAxisException(code));
    }

    /** Every code, in the study's order. */
    public static List<String> codes() {
        return Coded.codes(Axis.class);
    }
}
