package fr.mutualis.experience.record.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The twelve thematic axes of the study "Baromètre de l'innovation numérique territorial", under which an
 * experience is filed. The code is stable: it is stored, published in events and used by the API; the label is what
 * people read.
 */
public enum Axis {
    OPEN_DATA("open-data", "Open data"),
    THD("thd", "Très haut débit (THD)"),
    DEMATERIALISATION("dematerialisation", "Dématérialisation"),
    SMART_CITY("smart-city", "Smart city"),
    BIG_DATA("big-data", "Big data"),
    INCUBATEUR("incubateur", "Incubateur de start-up"),
    E_INCLUSION("e-inclusion", "E-inclusion"),
    E_DEMOCRATIE("e-democratie", "E-démocratie"),
    ECONOMIE_COLLABORATIVE("economie-collaborative", "Économie collaborative"),
    OPEN_INNOVATION("open-innovation", "Open innovation / Fablabs"),
    CLOUD("cloud", "Hébergement des données / Cloud"),
    PROTECTION_DONNEES("protection-donnees", "Protection des données publiques");

    private static final List<String> CODES = Arrays.stream(values()).map(Axis::code).toList();

    private final String code;
    private final String label;

    Axis(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The axis with this exact code, if any. */
    public static Optional<Axis> find(String code) {
        return Arrays.stream(values()).filter(axis -> axis.code.equals(code)).findFirst();
    }

    /** @throws UnknownAxisException if no axis has this code */
    public static Axis fromCode(String code) {
        return find(code).orElseThrow(() -> new UnknownAxisException(code));
    }

    /** Every code, in the study's order. */
    public static List<String> codes() {
        return CODES;
    }
}
