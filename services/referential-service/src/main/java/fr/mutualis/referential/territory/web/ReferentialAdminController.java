package fr.mutualis.referential.territory.web;

import fr.mutualis.identifiers.InseeIdentifiers;
import fr.mutualis.identifiers.validation.ValidSiren;
import fr.mutualis.referential.territory.application.Referential;
import fr.mutualis.referential.territory.domain.Descriptor;
import fr.mutualis.referential.territory.domain.ImportReport;
import fr.mutualis.referential.territory.domain.Kind;
import fr.mutualis.referential.territory.source.DecoupageArchive;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' side of the referential: imports, and what the official package lacks. */
@RestController
class ReferentialAdminController {

    private final Referential referential;
    private final DecoupageArchive archive;

    ReferentialAdminController(Referential referential, DecoupageArchive archive) {
        this.referential = referential;
        this.archive = archive;
    }

    /** Imports the configured version again; the report says what changed (nothing, for the same version). */
    @PostMapping("/api/referentiel/imports")
    ImportReport importNow() {
        return referential.importVersion(() -> archive.read());
    }

    /** Every import, newest first, with what it changed. */
    @GetMapping("/api/referentiel/imports")
    List<ImportReport> imports() {
        return referential.imports();
    }

    /**
     * @param kind {@code syndicat}, {@code departement} or {@code region}
     * @param code the département or région code, for those kinds
     */
    record Registration(
            @NotNull(message = "Le type est obligatoire.")
            @Pattern(regexp = "syndicat|departement|region",
                    message = "Seuls un syndicat, un département ou une région s'enregistrent ici ; les communes et "
                            + "les EPCI viennent du référentiel officiel.") String kind,
            String name,
            String code) {
    }

    /**
     * Registers a syndicat, or the SIREN of a département's or région's council. A SIREN with a wrong Luhn key is
     * refused: a mistyped number registered here would stand for a collectivité that does not exist.
     */
    @PutMapping("/api/collectivites/{siren}")
    Descriptor register(@PathVariable @ValidSiren String siren, @Valid @RequestBody Registration body) {
        Kind kind = Kind.find(body.kind()).orElseThrow();
        if (kind == Kind.SYNDICAT && (body.name() == null || body.name().isBlank())) {
            throw new InvalidRegistrationException("name", "Le nom du syndicat est obligatoire.");
        }
        if (kind != Kind.SYNDICAT && (body.code() == null || body.code().isBlank())) {
            throw new InvalidRegistrationException("code", "Le code du département ou de la région est obligatoire.");
        }
        return referential.register(InseeIdentifiers.digitsOf(siren), kind,
                body.name() == null ? null : body.name().strip(), body.code());
    }

    static class InvalidRegistrationException extends RuntimeException {

        private final String field;

        InvalidRegistrationException(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
