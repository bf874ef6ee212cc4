package fr.mutualis.referential.membership.application;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.audit.AuditedAct;
import fr.mutualis.referential.membership.domain.Adhesion;
import fr.mutualis.referential.membership.domain.AdhesionDateException;
import fr.mutualis.referential.membership.domain.AdhesionRepository;
import fr.mutualis.referential.membership.domain.MembershipChanged;
import fr.mutualis.referential.territory.application.Referential;
import fr.mutualis.referential.territory.application.UnknownCollectiviteException;
import fr.mutualis.referential.territory.domain.Descriptor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The syndicate's membership: each change is stored and published in one transaction. */
@Service
public class Memberships {

    private final AdhesionRepository adhesions;
    private final MembershipEventPublisher events;
    private final Referential referential;
    private final AuditTrail audit;
    private final Clock clock;

    public Memberships(AdhesionRepository adhesions, MembershipEventPublisher events, Referential referential,
                       AuditTrail audit, Clock clock) {
        this.adhesions = adhesions;
        this.events = events;
        this.referential = referential;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes the membership changes of the referential (outbox). */
    public interface MembershipEventPublisher {

        void publish(MembershipChanged change, Descriptor collectivite, boolean demo);
    }

    /**
     * Records that {@code siren} is a member since {@code adhesionDate} with these services: joins, joins again, or
     * updates the services or date. Saying the same again changes nothing.
     *
     * @return the adhesion after the change
     * @throws UnknownCollectiviteException if the referential does not know the SIREN
     * @throws AdhesionDateException        if the date is not {@linkplain Adhesion#isPlausibleDate plausible}
     */
    @Transactional
    public Adhesion join(String siren, LocalDate adhesionDate, List<String> services, boolean demo) {
        if (!Adhesion.isPlausibleDate(adhesionDate, LocalDate.now(clock))) {
            throw new AdhesionDateException(false, "Adhesion date out of range: " + adhesionDate);
        }
        Descriptor collectivite = referential.describe(siren).orElseThrow(() -> new UnknownCollectiviteException(siren));
        Optional<Adhesion> current = adhesions.find(siren);
        Adhesion next = new Adhesion(siren, adhesionDate, services, null, current.map(Adhesion::version).orElse(0L) + 1);
        if (current.isPresent() && current.get().member() && current.get().adhesionDate().equals(adhesionDate)
                && current.get().services().equals(next.services())) {
            return current.get();
        }
        MembershipChanged.Change change = current.filter(Adhesion::member).isPresent()
                ? MembershipChanged.Change.UPDATED : MembershipChanged.Change.JOINED;
        return store(new MembershipChanged(change, next, clock.instant()), collectivite, demo);
    }

    /**
     * @return the adhesion after leaving, empty if {@code siren} was not a member (nothing changes then)
     * @throws AdhesionDateException if {@code leftOn} is not plausible, or before the adhesion
     */
    @Transactional
    public Optional<Adhesion> leave(String siren, LocalDate leftOn) {
        if (!Adhesion.isPlausibleDate(leftOn, LocalDate.now(clock))) {
            throw new AdhesionDateException(true, "Departure date out of range: " + leftOn);
        }
        Optional<Adhesion> current = adhesions.find(siren).filter(Adhesion::member);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Adhesion a = current.get();
        if (leftOn.isBefore(a.adhesionDate())) {
            throw new AdhesionDateException(true, "Departure on " + leftOn + " before joining on " + a.adhesionDate());
        }
        Adhesion left = new Adhesion(siren, a.adhesionDate(), a.services(), leftOn, a.version() + 1);
        Descriptor collectivite = referential.describe(siren).orElseThrow(() -> new UnknownCollectiviteException(siren));
        return Optional.of(store(new MembershipChanged(MembershipChanged.Change.LEFT, left, clock.instant()),
                collectivite, false));
    }

    /** The adhesion of a current member. */
    @Transactional(readOnly = true)
    public Optional<Adhesion> current(String siren) {
        return adhesions.find(siren).filter(Adhesion::member);
    }

    @Transactional(readOnly = true)
    public List<Adhesion> all() {
        return adhesions.all();
    }

    private Adhesion store(MembershipChanged change, Descriptor collectivite, boolean demo) {
        adhesions.save(change.adhesion(), demo);
        events.publish(change, collectivite, demo);
        audit.record(AuditedAct.of("adhesion." + change.change().name().toLowerCase(java.util.Locale.ROOT), "adhesion",
                change.adhesion().siren()).with("services", change.adhesion().services()));
        return change.adhesion();
    }
}
