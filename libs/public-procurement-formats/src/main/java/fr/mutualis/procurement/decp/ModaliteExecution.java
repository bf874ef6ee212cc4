package fr.mutualis.procurement.decp;

/** A modalité d'exécution of the marché. DECP property {@code modaliteExecution}. */
public enum ModaliteExecution implements DecpLabel {
    TRANCHES("Tranches"),
    BONS_DE_COMMANDE("Bons de commande"),
    MARCHES_SUBSEQUENTS("Marchés subséquents"),
    SANS_OBJET("Sans objet");

    private final String label;

    ModaliteExecution(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static ModaliteExecution fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "modaliteExecution", label);
    }
}
