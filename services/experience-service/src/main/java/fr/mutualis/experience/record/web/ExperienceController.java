package fr.mutualis.experience.record.web;

import fr.mutualis.experience.collectivite.web.SignedInAgent;
import fr.mutualis.experience.record.application.ExperienceRecordCommand;
import fr.mutualis.experience.record.application.ExperienceRecordService;
import fr.mutualis.experience.record.application.validation.KnownCode;
import fr.mutualis.identifiers.validation.ValidSiren;
import fr.mutualis.experience.record.domain.ExperienceStatus;
import fr.mutualis.experience.record.domain.ExperienceRecord;
import fr.mutualis.experience.record.domain.PageQuery;
import fr.mutualis.service.security.PlatformUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The REST API of experience records. Changes need a signed-in agent of the record's collectivité; its agents and
 * élus also read its drafts; reading published records needs no sign-in.
 */
@RestController
@RequestMapping("/api/experiences")
class ExperienceController {

    private static final String PAGE_RANGE = "Le numéro de page doit être compris entre 0 et " + PageQuery.MAX_PAGE
            + " : affinez la recherche plutôt que d'aller plus loin.";

    private final ExperienceRecordService service;

    ExperienceController(ExperienceRecordService service) {
        this.service = service;
    }

    /** Creates a draft; publishing it is a second step. */
    @PostMapping(consumes = "application/json")
    ResponseEntity<ExperienceResponse> create(PlatformUser agent,
                                              @Valid @RequestBody ExperienceRecordCommand request) {
        ExperienceRecord record = service.create(SignedInAgent.collectivite(agent), request);
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(record.id()))
                .eTag(IfMatch.etag(record.version()))
                .body(ExperienceResponse.of(record));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    ResponseEntity<ExperienceResponse> update(@PathVariable UUID id,
                                              PlatformUser agent,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ExperienceRecordCommand request) {
        return respond(service.update(SignedInAgent.collectivite(agent), id, request, IfMatch.parse(ifMatch)));
    }

    /** Publishes a draft, or restores an archived record. */
    @PostMapping("/{id}/publication")
    ResponseEntity<ExperienceResponse> publish(@PathVariable UUID id,
                                               PlatformUser agent,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(service.publish(SignedInAgent.collectivite(agent), id, IfMatch.parse(ifMatch)));
    }

    @PostMapping("/{id}/archivage")
    ResponseEntity<ExperienceResponse> archive(@PathVariable UUID id,
                                               PlatformUser agent,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(service.archive(SignedInAgent.collectivite(agent), id, IfMatch.parse(ifMatch)));
    }

    /** Erases the contact person: from the record, and through its event from the search and every consumer. */
    @DeleteMapping("/{id}/contact")
    ResponseEntity<ExperienceResponse> eraseContact(@PathVariable UUID id,
                                                    PlatformUser agent) {
        return respond(service.eraseContact(SignedInAgent.collectivite(agent), id));
    }

    @GetMapping("/{id}")
    ResponseEntity<ExperienceResponse> get(@PathVariable UUID id,
                                           Optional<PlatformUser> reader) {
        return respond(service.get(id, SignedInAgent.draftsReadableBy(reader)));
    }

    /**
     * Newest first; {@code collectivite} narrows to one collectivité, whose agents also see its drafts; {@code statut}
     * to one status ({@code draft}, {@code published}, {@code archived}).
     */
    @GetMapping
    ExperiencePageResponse list(
            Optional<PlatformUser> reader,
            @RequestParam(required = false) @ValidSiren String collectivite,
            @RequestParam(required = false) @KnownCode(value = ExperienceStatus.class, subject = "Le statut") String statut,
            @RequestParam(defaultValue = "0")
            @Min(value = 0, message = PAGE_RANGE) @Max(value = PageQuery.MAX_PAGE, message = PAGE_RANGE) int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE)
            @Min(value = 1, message = "La taille de page doit être comprise entre 1 et " + PageQuery.MAX_SIZE + ".")
            @Max(value = PageQuery.MAX_SIZE,
                    message = "La taille de page doit être comprise entre 1 et " + PageQuery.MAX_SIZE + ".") int size) {
        return ExperiencePageResponse.of(service.list(collectivite,
                statut == null ? null : ExperienceStatus.fromCode(statut), SignedInAgent.draftsReadableBy(reader), new PageQuery(page, size)));
    }

    private static ResponseEntity<ExperienceResponse> respond(ExperienceRecord record) {
        return ResponseEntity.ok().eTag(IfMatch.etag(record.version())).body(ExperienceResponse.of(record));
    }
}
