package fr.mutualis.referential.territory.web;

import fr.mutualis.identifiers.InseeIdentifiers;
import fr.mutualis.identifiers.validation.ValidSiren;
import fr.mutualis.referential.territory.application.Referential;
import fr.mutualis.referential.territory.domain.Descriptor;
import fr.mutualis.referential.territory.domain.Kind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the referential: a search by name for the portal's autocomplete, the communes of an EPCI. One collectivité
 * by SIREN is read with its membership of the syndicate, by the membership module's
 * {@code CollectiviteMembershipController}.
 */
@RestController
@RequestMapping("/api/collectivites")
class CollectiviteController {

    /** Bounds the offset (page × size) far below int overflow; the autocomplete never goes past a few pages. */
    static final int MAX_PAGE = 10_000;
    static final String PAGE_RANGE = "Le numéro de page doit être compris entre 0 et " + MAX_PAGE
            + " : affinez la recherche plutôt que d'aller plus loin.";

    private final Referential referential;

    CollectiviteController(Referential referential) {
        this.referential = referential;
    }

    /** A commune by its INSEE code (e.g. 33063, 2A004), for the services that check a place. */
    @GetMapping("/communes/{codeInsee}")
    Descriptor commune(@PathVariable @Pattern(regexp = "[0-9]{5}|2[AB][0-9]{3}",
            message = "Le code INSEE d'une commune compte 5 caractères (ex. 33063, 2A004).") String codeInsee) {
        return referential.commune(codeInsee).orElseThrow(() -> new UnknownCommuneException());
    }

    /** Descriptors of {@code docs/design/benchmark-tool.md}. */
    record PageResponse(List<Descriptor> items, int page, int size, long totalItems) {
    }

    /** Names containing {@code q} (case, accents and hyphens ignored), exact and prefix matches first, then the most populated. */
    @GetMapping
    PageResponse search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false)
            @Pattern(regexp = "commune|epci|departement|region|syndicat",
                    message = "Le type doit être commune, epci, departement, region ou syndicat.") String kind,
            @RequestParam(required = false)
            @Pattern(regexp = "[0-9]{2,3}|2A|2B", message = "Le code de département est invalide (ex. 33, 2A, 974).")
            String departement,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = PAGE_RANGE) @Max(value = MAX_PAGE,
                    message = PAGE_RANGE) int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "La taille de page doit être comprise entre 1 et 100.")
            @Max(value = 100, message = "La taille de page doit être comprise entre 1 et 100.") int size) {
        Referential.Page found = referential.search(q, kind == null ? null : Kind.find(kind).orElseThrow(),
                departement, page, size);
        return new PageResponse(found.items(), page, size, found.totalItems());
    }

    /** The communes of an EPCI, most populated first. */
    @GetMapping("/{siren}/membres")
    List<Descriptor> communes(@PathVariable @ValidSiren String siren) {
        return referential.communesOf(InseeIdentifiers.digitsOf(siren));
    }
}
