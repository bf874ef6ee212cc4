package fr.mutualis.demat.acte.domain;

/** Publishes each change of an acte, in the transaction that stored it. */
public interface ActeEvents {

    void publish(Acte acte, ActeChange change);
}
