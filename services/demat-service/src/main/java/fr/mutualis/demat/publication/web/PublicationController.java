package fr.mutualis.demat.publication.web;

import fr.mutualis.demat.acte.domain.ActeRuleException;
import fr.mutualis.demat.acte.web.ActeResponse;
import fr.mutualis.demat.acte.web.Actors;
import fr.mutualis.demat.publication.application.OpenDataExport;
import fr.mutualis.demat.publication.application.PublicationService;
import fr.mutualis.service.security.PlatformUser;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Publication, archiving, and the open data of published actes. */
@RestController
@RequestMapping("/api/demat")
class PublicationController {

    private final PublicationService publications;
    private final OpenDataExport openData;

    PublicationController(PublicationService publications, OpenDataExport openData) {
        this.publications = publications;
        this.openData = openData;
    }

    @PostMapping("/actes/{id}/publication")
    ActeResponse publish(@PathVariable UUID id, PlatformUser user) {
        return ActeResponse.of(publications.publish(id, Actors.of(user)));
    }

    @PostMapping("/actes/{id}/archivage")
    ActeResponse archive(@PathVariable UUID id, PlatformUser user) {
        return ActeResponse.of(publications.archive(id, Actors.of(user)));
    }

    /** One file per collectivité and year: {@code …/donnees-ouvertes/223300013/2026.csv} or {@code .json}. */
    @GetMapping("/donnees-ouvertes/{siren}/{file}")
    ResponseEntity<?> openData(@PathVariable String siren, @PathVariable String file) {
        if (!siren.matches("[0-9]{9}")) {
            throw new ActeRuleException("siren", "Un SIREN compte 9 chiffres.");
        }
        var name = java.util.regex.Pattern.compile("([0-9]{4})\\.(csv|json)").matcher(file);
        if (!name.matches() || Integer.parseInt(name.group(1)) < 1982
                || Integer.parseInt(name.group(1)) > Year.now().getValue() + 1) {
            throw new ActeRuleException("fichier", "Le fichier s'appelle <année>.csv ou <année>.json (année de 1982 à l'an prochain).");
        }
        List<Map<String, String>> rows = openData.rows(siren, Integer.parseInt(name.group(1)),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("deliberations-" + siren + "-" + file, StandardCharsets.UTF_8).build();
        if (name.group(2).equals("csv")) {
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(OpenDataExport.csv(rows));
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.APPLICATION_JSON).body(rows);
    }
}
