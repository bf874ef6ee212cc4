package fr.mutualis.referential.membership.web;

import fr.mutualis.identifiers.InseeIdentifiers;
import fr.mutualis.identifiers.validation.ValidSiren;
import fr.mutualis.referential.membership.application.Memberships;
import fr.mutualis.referential.membership.domain.Adhesion;
import fr.mutualis.referential.territory.application.Referential;
import fr.mutualis.referential.territory.application.UnknownCollectiviteException;
import fr.mutualis.referential.territory.domain.Descriptor;
import fr.mutualis.referential.territory.domain.PopulationBand;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One collectivité by SIREN, as other services read it, with its membership of the syndicate. Here rather than
 * beside the referential's other reads: membership builds on the territory, never the other way round.
 */
@RestController
class CollectiviteMembershipController {

    private final Referential referential;
    private final Memberships memberships;

    CollectiviteMembershipController(Referential referential, Memberships memberships) {
        this.referential = referential;
        this.memberships = memberships;
    }

    /** The descriptor of {@code docs/design/benchmark-tool.md}, with {@code member} for members of the syndicate. */
    record CollectiviteResponse(String siren, String kind, String name, String inseeCode, Descriptor.Named departement,
                                Descriptor.Named region, Long population, PopulationBand populationBand,
                                boolean removed, Adhesion member) {

        static CollectiviteResponse of(Descriptor d, Adhesion member) {
            return new CollectiviteResponse(d.siren(), d.kind(), d.name(), d.inseeCode(), d.departement(), d.region(),
                    d.population(), d.populationBand(), d.removed(), member);
        }
    }

    @GetMapping("/api/collectivites/{siren}")
    CollectiviteResponse get(@PathVariable @ValidSiren String siren) {
        String digits = InseeIdentifiers.digitsOf(siren);
        Descriptor descriptor = referential.describe(digits)
                .orElseThrow(() -> new UnknownCollectiviteException(digits));
        return CollectiviteResponse.of(descriptor, memberships.current(digits).orElse(null));
    }
}
