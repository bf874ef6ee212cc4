package fr.mutualis.marches.consultation.web;

import fr.mutualis.marches.consultation.application.ConsultationCommand;
import fr.mutualis.marches.consultation.application.ConsultationService;
import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationState;
import fr.mutualis.marches.consultation.domain.DocumentRef;
import fr.mutualis.marches.consultation.domain.HistoryEntry;
import fr.mutualis.marches.consultation.domain.Question;
import fr.mutualis.marches.consultation.domain.Withdrawal;
import fr.mutualis.marches.files.MarchesFiles;
import fr.mutualis.service.security.PlatformUser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

/** Consultations: the buyer's drafting and publication, the DCE and its registre des retraits, questions. */
@RestController
@RequestMapping("/api/marches")
class ConsultationController {

    private final ConsultationService consultations;
    private final MarchesFiles files;
    private final Clock clock;

    ConsultationController(ConsultationService consultations, MarchesFiles files, Clock clock) {
        this.consultations = consultations;
        this.files = files;
        this.clock = clock;
    }

    record PassphraseBody(String phraseDePasse) {
    }

    record PostponementBody(String dateLimite, String motif) {
    }

    record QuestionBody(String question) {
    }

    record AnswerBody(String reponse) {
    }

    record ReasonBody(String motif) {
    }

    record KeyHolderResponse(String role, String titulaire) {
    }

    record HistoryLine(Instant date, String auteur, String action, String etatAvant, String etatApres, String detail) {

        static HistoryLine of(HistoryEntry entry, boolean buyer) {
            return new HistoryLine(entry.at(), buyer ? entry.actorName() + " <" + entry.actorEmail() + ">" : null,
                    entry.change().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), entry.from().code(),
                    entry.to().code(), buyer ? entry.detail() : null);
        }
    }

    record WithdrawalLine(Instant date, String document, String sha256, String siret, String entreprise,
                          String courriel, boolean anonyme) {

        static WithdrawalLine of(Withdrawal withdrawal) {
            return new WithdrawalLine(withdrawal.at(), withdrawal.documentName(), withdrawal.sha256(),
                    withdrawal.siret(), withdrawal.name(), withdrawal.email(), withdrawal.isAnonymous());
        }
    }

    @PostMapping("/consultations")
    ResponseEntity<ConsultationResponse> draft(@RequestBody ConsultationCommand command, PlatformUser user) {
        Consultation consultation = consultations.draft(command, Actors.of(user));
        return ResponseEntity.created(URI.create("/api/marches/consultations/" + consultation.id()))
                .body(forBuyer(consultation));
    }

    @PutMapping("/consultations/{id}")
    ConsultationResponse update(@PathVariable UUID id, @RequestBody ConsultationCommand command, PlatformUser user) {
        return forBuyer(consultations.update(id, command, Actors.of(user)));
    }

    @GetMapping("/consultations/{id}")
    ConsultationResponse get(@PathVariable UUID id) {
        Optional<Actor> reader = Actors.ofCurrent();
        Consultation consultation = consultations.readable(id, reader);
        return ConsultationResponse.of(consultation, isBuyer(consultation, reader), clock.instant());
    }

    /** The consultations of the signed-in agent's collectivité, drafts included, newest change first. */
    @GetMapping("/consultations")
    List<ConsultationResponse> mine(@RequestParam Optional<String> etat, PlatformUser user) {
        return consultations.ofMyCollectivite(Actors.of(user), etat.map(ConsultationState::ofCode)).stream()
                .map(this::forBuyer).toList();
    }

    /** Every published consultation, those still open for bids first: what companies browse, no account needed. */
    @GetMapping("/consultations-publiees")
    List<ConsultationResponse> published(@RequestParam Optional<String> etat) {
        Instant now = clock.instant();
        return consultations.published(etat.map(ConsultationState::ofCode)).stream()
                .map(consultation -> ConsultationResponse.of(consultation, false, now)).toList();
    }

    @GetMapping("/consultations/{id}/historique")
    List<HistoryLine> history(@PathVariable UUID id) {
        Optional<Actor> reader = Actors.ofCurrent();
        boolean buyer = isBuyer(consultations.readable(id, reader), reader);
        return consultations.history(id, reader).stream().map(entry -> HistoryLine.of(entry, buyer)).toList();
    }

    /** Adds a DCE file; after publication, optionally with a later deadline ({@code dateLimite}, Paris time). */
    @PostMapping(path = "/consultations/{id}/dce", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ConsultationResponse addDocument(@PathVariable UUID id, @RequestPart("fichier") MultipartFile file,
                                     @RequestParam Optional<String> dateLimite, PlatformUser user) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return forBuyer(consultations.addDocument(id, content, file.getOriginalFilename(), dateLimite,
                    Actors.of(user)));
        }
    }

    /** A DCE file; the download is written in the registre des retraits. */
    @GetMapping("/consultations/{id}/dce/{sha256}")
    ResponseEntity<InputStreamResource> withdraw(@PathVariable UUID id, @PathVariable String sha256) {
        DocumentRef document = consultations.withdraw(id, sha256, Actors.ofCurrent());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(document.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(files.open(document.sha256())));
    }

    @GetMapping("/consultations/{id}/retraits")
    List<WithdrawalLine> withdrawals(@PathVariable UUID id, PlatformUser user) {
        return consultations.withdrawals(id, Actors.of(user)).stream().map(WithdrawalLine::of).toList();
    }

    /**
     * The signed-in agent holds one of the two keys that open the bids ({@code principal} or {@code secours}),
     * protected by their passphrase, which the platform never keeps.
     */
    @PutMapping("/consultations/{id}/cles/{role}")
    ResponseEntity<Void> holdKey(@PathVariable UUID id, @PathVariable String role, @RequestBody PassphraseBody body,
                                 PlatformUser user) {
        consultations.holdKey(id, role, passphrase(body.phraseDePasse()), Actors.of(user));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/consultations/{id}/cles")
    List<KeyHolderResponse> keyHolders(@PathVariable UUID id, PlatformUser user) {
        return consultations.keyHolders(id, Actors.of(user)).stream()
                .map(holder -> new KeyHolderResponse(holder.role(), holder.email())).toList();
    }

    @PostMapping("/consultations/{id}/publication")
    ConsultationResponse publish(@PathVariable UUID id, PlatformUser user) {
        return forBuyer(consultations.publish(id, Actors.of(user)));
    }

    @PostMapping("/consultations/{id}/report-date-limite")
    ConsultationResponse postpone(@PathVariable UUID id, @RequestBody PostponementBody body, PlatformUser user) {
        return forBuyer(consultations.postponeDeadline(id, body.dateLimite(), body.motif(), Actors.of(user)));
    }

    @PostMapping("/consultations/{id}/questions")
    ResponseEntity<ConsultationResponse.QuestionResponse> ask(@PathVariable UUID id, @RequestBody QuestionBody body,
                                                              PlatformUser user) {
        Question question = consultations.ask(id, body.question(), Actors.of(user));
        return ResponseEntity.status(201).body(new ConsultationResponse.QuestionResponse(question.id().toString(),
                question.text(), question.askedAt(), question.askedBySiret(), null, null));
    }

    @PostMapping("/consultations/{id}/questions/{questionId}/reponse")
    ConsultationResponse answer(@PathVariable UUID id, @PathVariable UUID questionId, @RequestBody AnswerBody body,
                                PlatformUser user) {
        return forBuyer(consultations.answer(id, questionId, body.reponse(), Actors.of(user)));
    }

    @PostMapping("/consultations/{id}/infructueuse")
    ConsultationResponse declareUnsuccessful(@PathVariable UUID id, @RequestBody ReasonBody body, PlatformUser user) {
        return forBuyer(consultations.declareUnsuccessful(id, body.motif(), Actors.of(user)));
    }

    @PostMapping("/consultations/{id}/sans-suite")
    ConsultationResponse abandon(@PathVariable UUID id, @RequestBody ReasonBody body, PlatformUser user) {
        return forBuyer(consultations.abandon(id, body.motif(), Actors.of(user)));
    }

    /** What the signed-in company is told about the consultations whose DCE it withdrew. */
    @GetMapping("/entreprise/avis")
    List<ConsultationService.WithdrawalRegisterNotice> notices(PlatformUser user) {
        return consultations.notices(Actors.of(user));
    }

    private ConsultationResponse forBuyer(Consultation consultation) {
        return ConsultationResponse.of(consultation, true, clock.instant());
    }

    private static boolean isBuyer(Consultation consultation, Optional<Actor> reader) {
        return reader.map(actor -> actor.buys(consultation.buyerSiren())).orElse(false);
    }

    private static char[] passphrase(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }
}
