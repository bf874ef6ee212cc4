package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.application.ExperienceRecordService;
import fr.mutualis.experience.record.domain.ExperienceRecord;
import fr.mutualis.experience.record.domain.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

/** The REST API of experience records. */
@RestController
@RequestMapping("/api/experiences")
class ExperienceController {

    private final ExperienceRecordService service;

    ExperienceController(ExperienceRecordService service) {
        this.service = service;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<ExperienceResponse> create(@Valid @RequestBody ExperienceRequest request) {
        ExperienceRecord record = service.create(request.toCommand());
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(record.id()))
                .eTag(IfMatch.etag(record.version()))
                .body(ExperienceResponse.of(record));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    ResponseEntity<ExperienceResponse> update(@PathVariable UUID id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ExperienceRequest request) {
        ExperienceRecord record = service.update(id, request.toCommand(), IfMatch.parse(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.etag(record.version())).body(ExperienceResponse.of(record));
    }

    @GetMapping("/{id}")
    ResponseEntity<ExperienceResponse> get(@PathVariable UUID id) {
        ExperienceRecord record = service.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(record.version())).body(ExperienceResponse.of(record));
    }

    @GetMapping
    ExperiencePageResponse list(
            @RequestParam(defaultValue = "0")
            @Min(value = 0, message = "Le numéro de page doit être positif ou nul.") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE)
            @Min(value = 1, message = "La taille de page doit être comprise entre 1 et " + PageQuery.MAX_SIZE + ".")
            @Max(value = PageQuery.MAX_SIZE,
                    message = "La taille de page doit être comprise entre 1 et " + PageQuery.MAX_SIZE + ".") int size) {
        return ExperiencePageResponse.of(service.list(new PageQuery(page, size)));
    }
}
