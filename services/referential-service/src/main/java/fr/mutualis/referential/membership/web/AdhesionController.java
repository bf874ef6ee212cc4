package fr.mutualis.referential.membership.web;

import fr.mutualis.identifiers.InseeIdentifiers;
import fr.mutualis.identifiers.validation.ValidSiren;
import fr.mutualis.referential.membership.application.Memberships;
import fr.mutualis.referential.membership.domain.Adhesion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The syndicate's membership, managed by its administrators. */
@RestController
@RequestMapping("/api/adhesions")
class AdhesionController {

    private final Memberships memberships;
    private final Clock clock;

    AdhesionController(Memberships memberships, Clock clock) {
        this.memberships = memberships;
        this.clock = clock;
    }

    /** @param services codes {@code demat-documents}, {@code marches-publics}, {@code benchmark} */
    record AdhesionRequest(
            @NotNull(message = "La date d'adhésion est obligatoire.") LocalDate adhesionDate,
            @NotEmpty(message = "Indiquez au moins un service mutualisé.")
            List<@NotNull(message = "Un service ne peut pas être vide (null) : retirez-le.") @Pattern(regexp = "demat-documents|marches-publics|benchmark",
                    message = "Service inconnu : demat-documents, marches-publics ou benchmark.") String> services) {
    }

    @PutMapping("/{siren}")
    Adhesion join(@PathVariable @ValidSiren String siren, @Valid @RequestBody AdhesionRequest request) {
        return memberships.join(InseeIdentifiers.digitsOf(siren), request.adhesionDate(), request.services(), false);
    }

    /** The member leaves on {@code le} (today by default); its history is kept. */
    @DeleteMapping("/{siren}")
    ResponseEntity<Adhesion> leave(@PathVariable @ValidSiren String siren,
                                   @RequestParam(name = "le", required = false) LocalDate leftOn) {
        return memberships.leave(InseeIdentifiers.digitsOf(siren), leftOn == null ? LocalDate.now(clock) : leftOn)
                .map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
    }

    @GetMapping
    List<Adhesion> all() {
        return memberships.all();
    }
}
