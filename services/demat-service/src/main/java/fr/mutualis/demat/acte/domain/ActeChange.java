package fr.mutualis.demat.acte.domain;

/** What happened to an acte: each change is an event of the contract {@code demat.acte.<change>}. */
public enum ActeChange {
    DRAFTED("Acte créé"),
    UPDATED("Brouillon modifié"),
    CIRCUIT_STARTED("Mis en circuit"),
    VISA_GIVEN("Visa donné"),
    SIGNED("Signé"),
    REJECTED("Rejeté"),
    TRANSMITTED("Transmis en préfecture"),
    ACKNOWLEDGED("Accusé de réception reçu"),
    TRANSMISSION_REFUSED("Transmission refusée par la préfecture"),
    COMPLEMENT_REQUESTED("Pièces complémentaires demandées"),
    COMPLEMENT_SENT("Pièces complémentaires envoyées"),
    PUBLISHED("Publié"),
    ARCHIVED("Archivé"),
    CANCELLED("Annulé");

    private final String label;

    ActeChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
