package fr.mutualis.marches.opening.web;

import fr.mutualis.marches.consultation.application.ParisTime;
import fr.mutualis.marches.consultation.web.Actors;
import fr.mutualis.marches.deposit.domain.Deposit;
import fr.mutualis.marches.opening.application.OpeningService;
import fr.mutualis.service.security.PlatformUser;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The opening of the bids by a key holder, the buyer's registre des dépôts, and the opened bids' files. */
@RestController
@RequestMapping("/api/marches")
class OpeningController {

    private final OpeningService opening;

    OpeningController(OpeningService opening) {
        this.opening = opening;
    }

    record OpeningBody(String phraseDePasse) {
    }

    record RegisterResponse(boolean ouvert, long nombreDeDepots, List<DepositLine> offres, List<DepositLine> horsDelai,
                            List<DepositLine> remplaces) {
    }

    /** @param fichiers with a download link for an opened bid only */
    record DepositLine(String depotId, String numeroAccuse, String siret, String entreprise, String recuLe,
                       List<FileLine> fichiers) {
    }

    record FileLine(String nom, String typeMedia, long taille, String sha256, String lien) {
    }

    /** Opens the bids: a key holder, after the deadline, with their passphrase; logged in the history. */
    @PostMapping("/consultations/{id}/ouverture")
    RegisterResponse open(@PathVariable UUID id, @RequestBody OpeningBody body, PlatformUser user) {
        char[] passphrase = body.phraseDePasse() == null ? new char[0] : body.phraseDePasse().toCharArray();
        opening.open(id, passphrase, Actors.of(user));
        return register(id, user);
    }

    /** Before the opening, only how many deposits were received; after it, the bids, the late and the replaced. */
    @GetMapping("/consultations/{id}/depots")
    RegisterResponse register(@PathVariable UUID id, PlatformUser user) {
        OpeningService.Register register = opening.register(id, Actors.of(user));
        return new RegisterResponse(register.opened(), register.depositCount(),
                register.bids().stream().map(deposit -> line(deposit, true)).toList(),
                register.late().stream().map(deposit -> line(deposit, false)).toList(),
                register.replaced().stream().map(deposit -> line(deposit, false)).toList());
    }

    @GetMapping("/offres/{depositId}/fichiers/{index}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID depositId, @PathVariable int index,
                                             PlatformUser user) {
        OpeningService.OpenedFile opened = opening.read(depositId, index, Actors.of(user));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(opened.file().mediaType()))
                .contentLength(opened.file().size())
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(opened.file().name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(opened.content()));
    }

    private static DepositLine line(Deposit deposit, boolean opened) {
        return new DepositLine(deposit.id().toString(), deposit.receiptNumber(), deposit.siret(),
                deposit.companyName(), ParisTime.format(deposit.depositedAt()),
                IntStream.range(0, deposit.files().size()).mapToObj(index -> new FileLine(
                        deposit.files().get(index).name(), deposit.files().get(index).mediaType(),
                        deposit.files().get(index).size(), deposit.files().get(index).sha256(),
                        opened && deposit.isOpened() ? "/api/marches/offres/" + deposit.id() + "/fichiers/" + index
                                : null)).toList());
    }
}
