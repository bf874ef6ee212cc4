package fr.mutualis.demat.transmission.web;

import fr.mutualis.demat.acte.domain.ActeRuleException;
import fr.mutualis.demat.acte.web.ActeResponse;
import fr.mutualis.demat.acte.web.Actors;
import fr.mutualis.demat.transmission.application.TransmissionService;
import fr.mutualis.demat.transmission.application.TransmissionService.NamedContent;
import fr.mutualis.demat.transmission.domain.TeletransmissionException;
import fr.mutualis.service.security.PlatformUser;
import fr.mutualis.web.problem.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Transmission to the contrôle de légalité, pièces complémentaires, annulation. */
@RestController
@RequestMapping("/api/demat/actes/{id}")
class TransmissionController {

    private static final int MAX_PIECES = 20;

    private final TransmissionService transmissions;

    TransmissionController(TransmissionService transmissions) {
        this.transmissions = transmissions;
    }

    @PostMapping("/transmission")
    ActeResponse transmit(@PathVariable UUID id, PlatformUser user) {
        return ActeResponse.of(transmissions.transmit(id, Actors.of(user)));
    }

    @PostMapping(path = "/pieces-complementaires", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ActeResponse complement(@PathVariable UUID id, @RequestPart("pieces") List<MultipartFile> pieces,
                            PlatformUser user) throws IOException {
        if (pieces.isEmpty() || pieces.size() > MAX_PIECES) {
            throw new ActeRuleException("pieces", "Joignez de 1 à " + MAX_PIECES + " pièces.");
        }
        List<NamedContent> contents = new ArrayList<>();
        for (MultipartFile piece : pieces) {
            contents.add(new NamedContent(piece.getOriginalFilename(), piece.getInputStream()));
        }
        return ActeResponse.of(transmissions.answerComplement(id, contents, Actors.of(user)));
    }

    @PostMapping("/annulation")
    ActeResponse cancel(@PathVariable UUID id, @RequestBody CancellationRequest request, PlatformUser user) {
        return ActeResponse.of(transmissions.cancel(id, request.motif(), Actors.of(user)));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tiersUnavailable(TeletransmissionException ex) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Problems.of(HttpStatus.BAD_GATEWAY,
                "Tiers de télétransmission indisponible",
                "La préfecture n'a pas pu être jointe ; l'acte n'a pas changé. Réessayez dans quelques minutes."));
    }

    record CancellationRequest(String motif) {
    }
}
