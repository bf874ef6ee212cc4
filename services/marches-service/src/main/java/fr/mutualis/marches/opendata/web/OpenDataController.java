package fr.mutualis.marches.opendata.web;

import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import fr.mutualis.marches.opendata.application.OpenDataExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The essential data of a buyer's contracts notified in a year, for anyone: DECP 2.0.3 and OCDS 1.1. */
@RestController
@RequestMapping("/api/marches/donnees-essentielles")
class OpenDataController {

    private final OpenDataExport export;

    OpenDataController(OpenDataExport export) {
        this.export = export;
    }

    @GetMapping("/{siren}/{annee}")
    ResponseEntity<String> decp(@PathVariable String siren, @PathVariable String annee) {
        int year = year(siren, annee);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("decp-" + siren + "-" + year + ".json").build().toString())
                .body(export.decp(siren, year));
    }

    @GetMapping("/{siren}/{annee}/ocds")
    ResponseEntity<String> ocds(@PathVariable String siren, @PathVariable String annee) {
        int year = year(siren, annee);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("ocds-" + siren + "-" + year + ".json").build().toString())
                .body(export.ocds(siren, year));
    }

    private static int year(String siren, String year) {
        if (!siren.matches("[0-9]{9}")) {
            throw new ConsultationRuleException("siren", "Le SIREN de l'acheteur compte 9 chiffres.");
        }
        if (!year.matches("(19|20)[0-9]{2}")) {
            throw new ConsultationRuleException("annee", "L'année s'écrit sur 4 chiffres, par exemple 2026.");
        }
        return Integer.parseInt(year);
    }
}
