package fr.mutualis.portal.administration;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finding a collectivité in the referential, as an administrator types it: a SIREN or part of a name. */
@Component
class CollectiviteLookup {

    static final int RESULTS = 20;

    private final PlatformServices services;

    CollectiviteLookup(PlatformServices services) {
        this.services = services;
    }

    /** By SIREN when nine digits are typed (spaces allowed, as SIRENE prints them), by name otherwise. */
    List<Collectivite> search(String query) {
        String digits = query.replace(" ", "");
        if (digits.matches("[0-9]{9}")) {
            return find(digits).map(List::of).orElse(List.of());
        }
        Collectivite.Page page = services.of(PlatformServices.REFERENTIAL).get()
                .uri("/api/collectivites?q={q}&size={size}", query, RESULTS).retrieve().body(Collectivite.Page.class);
        return page == null ? List.of() : page.items();
    }

    /** The collectivité with its adhesion; a SIREN the referential does not know is the service's 404. */
    Collectivite get(String siren) {
        return services.of(PlatformServices.REFERENTIAL).get().uri("/api/collectivites/{siren}", siren).retrieve()
                .body(Collectivite.class);
    }

    /** The collectivité, or empty when the referential does not know this SIREN. */
    Optional<Collectivite> find(String siren) {
        try {
            return Optional.ofNullable(get(siren));
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return Optional.empty();
            }
            throw problem;
        }
    }
}
