package fr.mutualis.experience.barometer.domain;

/** The six criteria of the barometer, in the study's order. */
public enum Criterion {
    STRATEGIC_PLAN("strategicPlan", "Plan ou schéma stratégique"),
    DIGITAL_ELU("digitalElu", "Élu en charge du numérique"),
    AXES("axes", "Axes engagés"),
    ROLES("roles", "Compétences spécialisées"),
    MONITORING("monitoring", "Suivi et évaluation"),
    COMMUNICATION_TOOLS("communicationTools", "Outils de communication");

    private final String code;
    private final String label;

    Criterion(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
