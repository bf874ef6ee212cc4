package fr.mutualis.demat.acte.web;

import fr.mutualis.demat.acte.application.ActeCommand;
import fr.mutualis.demat.acte.application.ActeService;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeState;
import fr.mutualis.demat.acte.domain.Classification;
import fr.mutualis.demat.acte.domain.DocumentRef;
import fr.mutualis.demat.acte.domain.HistoryEntry;
import fr.mutualis.demat.files.DocumentFiles;
import fr.mutualis.service.security.PlatformUser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Drafting actes, their documents, reading them and their history. */
@RestController
@RequestMapping("/api/demat")
class ActeController {

    private final ActeService actes;
    private final DocumentFiles files;

    ActeController(ActeService actes, DocumentFiles files) {
        this.actes = actes;
        this.files = files;
    }

    @PostMapping("/actes")
    ResponseEntity<ActeResponse> draft(@RequestBody ActeCommand command, PlatformUser user) {
        Acte acte = actes.draft(command, Actors.of(user));
        return ResponseEntity.created(URI.create("/api/demat/actes/" + acte.id())).body(ActeResponse.of(acte));
    }

    @PutMapping("/actes/{id}")
    ActeResponse update(@PathVariable UUID id, @RequestBody ActeCommand command, PlatformUser user) {
        return ActeResponse.of(actes.update(id, command, Actors.of(user)));
    }

    @GetMapping("/actes/{id}")
    ActeResponse get(@PathVariable UUID id) {
        return ActeResponse.forReader(actes.readable(id, Actors.ofCurrent()));
    }

    /** The actes of the signed-in person's collectivité, newest change first, optionally in one state. */
    @GetMapping("/actes")
    List<ActeResponse> mine(@RequestParam Optional<String> etat, PlatformUser user) {
        return actes.ofMyCollectivite(Actors.of(user), etat.map(ActeState::ofCode)).stream()
                .map(ActeResponse::of).toList();
    }

    @GetMapping("/actes/{id}/historique")
    List<HistoryLine> history(@PathVariable UUID id) {
        Acte acte = actes.readable(id, Actors.ofCurrent());
        boolean member = member(acte);
        // The public sees when the acte moved, not who acted nor why (as the public view of the acte itself).
        return actes.history(id, Actors.ofCurrent()).stream()
                .map(entry -> member ? HistoryLine.of(entry) : HistoryLine.ofThePublic(entry)).toList();
    }

    @PutMapping(path = "/actes/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ActeResponse attachMain(@PathVariable UUID id, @RequestPart("fichier") MultipartFile file, PlatformUser user)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return ActeResponse.of(actes.attachMainDocument(id, content, file.getOriginalFilename(), Actors.of(user)));
        }
    }

    @PostMapping(path = "/actes/{id}/annexes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ActeResponse addAnnex(@PathVariable UUID id, @RequestPart("fichier") MultipartFile file, PlatformUser user)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return ActeResponse.of(actes.addAnnex(id, content, file.getOriginalFilename(), Actors.of(user)));
        }
    }

    /** A document of an acte the caller may read; the public may read those of a published acte only. */
    @GetMapping("/actes/{id}/documents/{sha256}")
    ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable String sha256) {
        Acte acte = actes.readable(id, Actors.ofCurrent());
        DocumentRef document = Stream.of(acte.mainDocument().stream(), acte.signedDocument().stream(),
                        acte.stampedDocument().stream(), acte.annexes().stream())
                .flatMap(s -> s)
                .filter(ref -> ref.sha256().equals(sha256))
                .filter(ref -> member(acte) || acte.mainDocument().filter(ref::equals).isEmpty()
                        || acte.signedDocument().isEmpty())
                .findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .header("Content-Disposition", ContentDisposition.attachment().filename(document.name(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + document.sha256() + "\"")
                .body(new InputStreamResource(files.open(document.sha256())));
    }

    @GetMapping("/collectivites/{siren}/classification")
    ClassificationResponse classification(@PathVariable String siren) {
        return ClassificationResponse.of(actes.classification(checkedSiren(siren)));
    }

    @PutMapping("/collectivites/{siren}/classification")
    ClassificationResponse declareClassification(@PathVariable String siren, @RequestBody ClassificationResponse body,
                                                 PlatformUser user) {
        return ClassificationResponse.of(actes.declareClassification(checkedSiren(siren),
                new Classification(body.version(), body.matieres()), Actors.of(user)));
    }

    private static boolean member(Acte acte) {
        return Actors.ofCurrent().filter(actor -> actor.belongsTo(acte.siren())).isPresent();
    }

    private static String checkedSiren(String siren) {
        if (!siren.matches("[0-9]{9}")) {
            throw new fr.mutualis.demat.acte.domain.ActeRuleException("siren", "Un SIREN compte 9 chiffres.");
        }
        return siren;
    }

    record HistoryLine(Instant le, String par, String action, String de, String vers, String detail) {

        static HistoryLine of(HistoryEntry entry) {
            return new HistoryLine(entry.at(), entry.actorName(), entry.change().label(), entry.from().code(),
                    entry.to().code(), entry.detail());
        }

        static HistoryLine ofThePublic(HistoryEntry entry) {
            return new HistoryLine(entry.at(), null, entry.change().label(), entry.from().code(), entry.to().code(),
                    null);
        }
    }

    /** A version of a classification: its date and each matière's code and label. */
    record ClassificationResponse(LocalDate version, Map<String, String> matieres) {

        static ClassificationResponse of(Classification classification) {
            return new ClassificationResponse(classification.version(),
                    new java.util.TreeMap<>(classification.entries()));
        }
    }
}
