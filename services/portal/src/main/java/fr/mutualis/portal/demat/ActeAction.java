package fr.mutualis.portal.demat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step of an acte's life the portal offers as a form: its address in the portal and in demat-service
 * ({@link #path()}, the same word), its button, and whether it asks for a reason. {@link #allowed} offers only what
 * the service would accept from this person in this state; the service still decides.
 */
enum ActeAction {
    /** A one-step circuit: the signature of any élu of the collectivité, the most common parapheur. */
    MISE_EN_CIRCUIT("circuit", "Envoyer à la signature d'un élu", false),
    VISA("visa", "Donner mon visa", false),
    SIGNATURE("signature", "Signer l'acte", false),
    REJET("rejet", "Rejeter l'acte", true),
    TRANSMISSION("transmission", "Transmettre en préfecture", false),
    PUBLICATION("publication", "Publier l'acte", false),
    ARCHIVAGE("archivage", "Archiver l'acte", false);

    private final String path;
    private final String label;
    private final boolean needsReason;

    ActeAction(String path, String label, boolean needsReason) {
        this.path = path;
        this.label = label;
        this.needsReason = needsReason;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public boolean needsReason() {
        return needsReason;
    }

    static Optional<ActeAction> ofPath(String path) {
        return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
    }

    /**
     * What this person may do to the acte now.
     *
     * @param acte        the acte as demat-service gives it ({@code etat}, {@code circuit})
     * @param agent       the person is an agent of the acte's collectivité (agents draft, transmit, publish)
     * @param currentStepIsMine the acte is in the person's parapheur (their step, or one delegated to them)
     */
    static List<ActeAction> allowed(Map<String, Object> acte, boolean agent, boolean currentStepIsMine) {
        String state = String.valueOf(acte.get("etat"));
        List<ActeAction> actions = new ArrayList<>();
        switch (state) {
            case "brouillon", "rejete", "refuse-par-la-prefecture" -> {
                if (agent) {
                    actions.add(MISE_EN_CIRCUIT);
                }
            }
            case "en-circuit" -> {
                if (currentStepIsMine) {
                    actions.add("visa".equals(currentStepType(acte).orElse(null)) ? VISA : SIGNATURE);
                    actions.add(REJET);
                }
            }
            case "signe" -> addIf(agent, TRANSMISSION, actions);
            case "acquitte" -> addIf(agent, PUBLICATION, actions);
            case "publie" -> addIf(agent, ARCHIVAGE, actions);
            default -> {
                // Transmitted, waiting for pieces, archived or cancelled: nothing to do from the portal yet.
            }
        }
        return actions;
    }

    /** Whether the acte's main document may still be replaced: only while its content may change. */
    static boolean documentEditable(Map<String, Object> acte, boolean agent) {
        return agent && List.of("brouillon", "rejete", "refuse-par-la-prefecture").contains(acte.get("etat"));
    }

    /** The type ({@code visa} or {@code signature}) of the first step of the circuit not yet taken. */
    static Optional<String> currentStepType(Map<String, Object> acte) {
        if (!(acte.get("circuit") instanceof List<?> steps)) {
            return Optional.empty();
        }
        return steps.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .filter(step -> step.get("faiteLe") == null).findFirst()
                .map(step -> String.valueOf(step.get("type")));
    }

    private static void addIf(boolean condition, ActeAction action, List<ActeAction> actions) {
        if (condition) {
            actions.add(action);
        }
    }
}
