package fr.mutualis.referential.membership.persistence;

import fr.mutualis.events.EventEnvelope;
import fr.mutualis.referential.membership.application.Memberships;
import fr.mutualis.referential.membership.domain.Adhesion;
import fr.mutualis.referential.membership.domain.MembershipChanged;
import fr.mutualis.referential.territory.domain.Descriptor;
import fr.mutualis.outbox.OutboxWriter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Publishes membership changes through the outbox: events {@code referential.member.joined|updated|left} on topic
 * {@code mutualis.referential.events}, keyed by SIREN, with the collectivité's descriptor and its membership.
 */
@Component
class OutboxMembershipEventPublisher implements Memberships.MembershipEventPublisher {

    static final String AGGREGATE_TYPE = "referential";

    private final OutboxWriter outbox;

    OutboxMembershipEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** The event's data: the descriptor of docs/design/benchmark-tool.md with its {@code member} part. */
    record MemberPayload(String siren, String kind, String name, String inseeCode, Descriptor.Named departement,
                         Descriptor.Named region, Long population,
                         fr.mutualis.referential.territory.domain.PopulationBand populationBand, Member member,
                         boolean demo) {
    }

    /** @param leftOn absent while a member */
    record Member(java.time.LocalDate adhesionDate, java.util.List<String> services, java.time.LocalDate leftOn) {
    }

    @Override
    public void publish(MembershipChanged change, Descriptor c, boolean demo) {
        Adhesion a = change.adhesion();
        outbox.append(EventEnvelope.of(
                "referential.member." + change.change().name().toLowerCase(Locale.ROOT),
                1,
                AGGREGATE_TYPE,
                a.siren(),
                a.version(),
                change.occurredAt(),
                new MemberPayload(c.siren(), c.kind(), c.name(), c.inseeCode(), c.departement(), c.region(),
                        c.population(), c.populationBand(), new Member(a.adhesionDate(), a.services(), a.leftOn()),
                        demo)));
    }
}
