package fr.mutualis.demat.acte.application;

import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeChange;
import fr.mutualis.demat.acte.domain.ActeEvents;
import fr.mutualis.demat.acte.domain.ActeRepository;
import fr.mutualis.demat.acte.domain.Actor;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to change an acte: locked, checked to be the caller's, changed, stored with its history, and its event
 * written to the outbox, all in one transaction.
 */
@Component
public class ActeChanges {

    private final ActeRepository actes;
    private final ActeEvents events;

    ActeChanges(ActeRepository actes, ActeEvents events) {
        this.actes = actes;
        this.events = events;
    }

    /** An acte of the caller's collectivité; another collectivité's acte is "not found" to them. */
    @Transactional
    public Acte change(UUID id, Actor caller, Function<Acte, ActeChange> change) {
        Acte acte = actes.findForUpdate(id).filter(found -> caller.belongsTo(found.siren()))
                .orElseThrow(() -> new ActeNotFoundException(id));
        return apply(acte, change);
    }

    /** A change the platform makes itself (the préfecture's answer), whoever the acte belongs to. */
    @Transactional
    public Acte changeAsPlatform(UUID id, Function<Acte, ActeChange> change) {
        return apply(actes.findForUpdate(id).orElseThrow(() -> new ActeNotFoundException(id)), change);
    }

    @Transactional
    public Acte create(Acte acte) {
        actes.save(acte);
        events.publish(acte, ActeChange.DRAFTED);
        return acte;
    }

    private Acte apply(Acte acte, Function<Acte, ActeChange> change) {
        ActeChange happened = change.apply(acte);
        actes.save(acte);
        events.publish(acte, happened);
        return acte;
    }
}
