package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.application.RebuildExperienceIndex;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The syndicate administrators' rebuild of the search index from the events topic (ADR 0018):
 * {@code POST /api/admin/index-rebuilds} with {@code {"index":"experiences"}} answers 202 and the status, whose
 * {@code Location} shows its progress; 409 while another one runs.
 */
@RestController
public class IndexRebuildController {

    static final String PATH = "/api/admin/index-rebuilds";
    /** The indices that can be rebuilt. */
    static final String EXPERIENCES = "experiences";

    private static final Logger log = LoggerFactory.getLogger(IndexRebuildController.class);

    private final RebuildExperienceIndex rebuilds;

    public IndexRebuildController(RebuildExperienceIndex rebuilds) {
        this.rebuilds = Objects.requireNonNull(rebuilds, "rebuilds");
    }

    /** What to rebuild: {@code experiences} (the only index rebuilt from a topic so far). */
    public record RebuildRequest(String index) {
    }

    @PostMapping(PATH)
    public ResponseEntity<RebuildExperienceIndex.Status> start(@RequestBody RebuildRequest request,
                                                               UriComponentsBuilder uri) {
        if (!EXPERIENCES.equals(request.index())) {
            throw new UnknownIndexException(request.index());
        }
        RebuildExperienceIndex.Status status = rebuilds.start();
        log.info("Rebuild {} of the experience index requested", status.id());
        return ResponseEntity.accepted().location(uri.path(PATH + "/{id}").build(status.id())).body(status);
    }

    @GetMapping(PATH + "/{id}")
    public RebuildExperienceIndex.Status status(@PathVariable("id") String id) {
        return rebuilds.status(id).orElseThrow(() -> new RebuildNotFoundException(id));
    }

    @ExceptionHandler
    ResponseEntity<Object> alreadyRunning(RebuildExperienceIndex.AlreadyRunningException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Reconstruction déjà en cours",
                "Une reconstruction de l'index des retours d'expérience est déjà en cours ("
                        + e.running().id() + ") : attendez qu'elle se termine avant d'en lancer une autre.");
        problem.setProperty("rebuild", PATH + "/" + e.running().id());
        return Problems.respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> unknownIndex(UnknownIndexException e) {
        return Problems.respond(Problems.validation(List.of(new FieldErrorItem("index",
                "Seul l'index « " + EXPERIENCES + " » peut être reconstruit."))));
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(RebuildNotFoundException e) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "Reconstruction introuvable",
                "Aucune reconstruction récente de l'index n'a l'identifiant « " + Problems.excerpt(e.getMessage())
                        + " »."));
    }

    static final class UnknownIndexException extends RuntimeException {
        UnknownIndexException(String index) {
            super(String.valueOf(index));
        }
    }

    static final class RebuildNotFoundException extends RuntimeException {
        RebuildNotFoundException(String id) {
            super(id);
        }
    }
}
