package fr.mutualis.marches.consultation.application;

import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationChange;
import fr.mutualis.marches.consultation.domain.ConsultationEvents;
import fr.mutualis.marches.consultation.domain.ConsultationRepository;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to change a consultation: locked, checked to be the caller's, changed, stored with its history, and its
 * event written to the outbox when the change is public, all in one transaction.
 */
@Component
public class ConsultationChanges {

    private final ConsultationRepository consultations;
    private final ConsultationEvents events;

    ConsultationChanges(ConsultationRepository consultations, ConsultationEvents events) {
        this.consultations = consultations;
        this.events = events;
    }

    /** A consultation of the caller's collectivité; another buyer's is "not found" to them. */
    @Transactional
    public Consultation change(UUID id, Actor buyer, Function<Consultation, ConsultationChange> change) {
        Consultation consultation = consultations.findForUpdate(id).filter(found -> buyer.buys(found.buyerSiren()))
                .orElseThrow(() -> new ConsultationNotFoundException(id));
        return apply(consultation, change);
    }

    /** A change that anyone who can read the consultation may cause (a company's question), or the platform itself. */
    @Transactional
    public Consultation changePublished(UUID id, Function<Consultation, ConsultationChange> change) {
        Consultation consultation = consultations.findForUpdate(id).filter(found -> found.state().isPublic())
                .orElseThrow(() -> new ConsultationNotFoundException(id));
        return apply(consultation, change);
    }

    @Transactional
    public Consultation create(Consultation consultation) {
        consultations.save(consultation);
        return consultation;
    }

    private Consultation apply(Consultation consultation, Function<Consultation, ConsultationChange> change) {
        ConsultationChange happened = change.apply(consultation);
        consultations.save(consultation);
        if (happened != null && happened.isPublished()) {
            events.publish(consultation, happened);
        }
        return consultation;
    }
}
