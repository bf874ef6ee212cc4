package fr.mutualis.portal.marches;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step of a consultation's life the portal offers its buyer as a form: its address in the portal and in
 * marches-service ({@link #path()}, the same word), its button, and the field it asks for, if any
 * ({@code motif} or {@code phraseDePasse}). {@link #allowed} offers only what the service would accept in the
 * consultation's state; the service still decides.
 */
enum ConsultationAction {
    PUBLICATION("publication", "Publier la consultation", null, List.of("brouillon")),
    OUVERTURE("ouverture", "Ouvrir les offres", "phraseDePasse", List.of("cloturee")),
    INFRUCTUEUSE("infructueuse", "Déclarer la consultation infructueuse", "motif", List.of("ouverte")),
    SANS_SUITE("sans-suite", "Déclarer la consultation sans suite", "motif", List.of("publiee", "cloturee", "ouverte"));

    private final String path;
    private final String label;
    private final String field;
    private final List<String> fromStates;

    ConsultationAction(String path, String label, String field, List<String> fromStates) {
        this.path = path;
        this.label = label;
        this.field = field;
        this.fromStates = fromStates;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** The field the form asks for, as the API names it, or {@code null} for a simple button. */
    public String field() {
        return field;
    }

    static Optional<ConsultationAction> ofPath(String path) {
        return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
    }

    /** What the buyer may do to the consultation now; nothing for anyone else. */
    static List<ConsultationAction> allowed(Map<String, Object> consultation, boolean buyer) {
        Object state = consultation.get("etat");
        return buyer ? Arrays.stream(values()).filter(action -> action.fromStates.contains(state)).toList() : List.of();
    }

    /** The body marches-service expects: the one field the form asked for, as typed. */
    Map<String, Object> request(String value) {
        return field == null ? Map.of() : Map.of(field, value == null ? "" : value);
    }
}
