package fr.mutualis.demat.demo;

import fr.mutualis.demat.acte.domain.ActeState;
import java.util.List;

/**
 * One demonstration acte: its metadata, the text of its PDF, and the state it is taken to.
 *
 * @param daysAgo    its decision date, so many days before today
 * @param paragraphs the text of its document, which publication makes searchable
 * @param reason     why it was rejected or cancelled, when it is
 */
record DemoActe(ActeState target, int nature, String matiere, String numero, String objet, int daysAgo,
                List<String> paragraphs, String reason) {

    /** Whether it goes to the préfecture on its way to {@link #target}. */
    boolean transmitted() {
        return switch (target) {
            case DRAFTED, IN_CIRCUIT, SIGNED, REJECTED -> false;
            default -> true;
        };
    }

    /** The state the préfecture's answer leaves it in, before the agent acts again. */
    ActeState answered() {
        return switch (target) {
            case COMPLEMENT_REQUESTED -> ActeState.COMPLEMENT_REQUESTED;
            case REFUSED_BY_PREFECTURE -> ActeState.REFUSED_BY_PREFECTURE;
            default -> ActeState.ACKNOWLEDGED;
        };
    }
}
