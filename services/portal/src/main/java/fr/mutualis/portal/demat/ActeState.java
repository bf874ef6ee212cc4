package fr.mutualis.portal.demat;

import fr.mutualis.portal.shared.layout.Labels;
import fr.mutualis.portal.shared.layout.Labels.Choice;

/** The states of an acte as demat-service names them and as the pages say them. */
final class ActeState {

    static final Labels STATES = new Labels(
            new Choice("brouillon", "Brouillon"),
            new Choice("en-circuit", "En circuit de signature"),
            new Choice("signe", "Signé"),
            new Choice("rejete", "Rejeté dans le circuit"),
            new Choice("transmis", "Transmis en préfecture"),
            new Choice("acquitte", "Reçu en préfecture (AR)"),
            new Choice("refuse-par-la-prefecture", "Refusé par la préfecture"),
            new Choice("pieces-demandees", "Pièces complémentaires demandées"),
            new Choice("publie", "Publié"),
            new Choice("archive", "Archivé"),
            new Choice("annule", "Annulé"));

    private ActeState() {
    }
}
