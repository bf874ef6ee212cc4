package fr.mutualis.demat.circuit.web;

import fr.mutualis.demat.acte.domain.ActeRuleException;
import fr.mutualis.demat.acte.domain.CircuitStep;
import fr.mutualis.demat.acte.web.ActeResponse;
import fr.mutualis.demat.acte.web.Actors;
import fr.mutualis.demat.circuit.application.CircuitService;
import fr.mutualis.demat.circuit.domain.Delegation;
import fr.mutualis.pdf.signature.VerificationReport;
import fr.mutualis.service.security.PlatformUser;
import fr.mutualis.web.problem.Problems;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The parapheur's API. */
@RestController
@RequestMapping("/api/demat")
class CircuitController {

    /** Anyone may ask: the check reads the whole file in memory, so it is kept to what a signed acte weighs. */
    private static final long MAX_VERIFIED_BYTES = 20L * 1024 * 1024;

    private final CircuitService circuits;

    CircuitController(CircuitService circuits) {
        this.circuits = circuits;
    }

    /** Steps in order: {@code {"type":"visa","agent":"e-mail"}} or {@code {"type":"signature","role":"elu"}}. */
    @PostMapping("/actes/{id}/circuit")
    ActeResponse start(@PathVariable UUID id, @RequestBody CircuitRequest request, PlatformUser user) {
        if (request.etapes() == null || request.etapes().stream().anyMatch(java.util.Objects::isNull)) {
            throw new ActeRuleException("etapes", "Les étapes du circuit sont obligatoires.");
        }
        List<CircuitStep> steps = request.etapes().stream().map(StepRequest::toStep).toList();
        return ActeResponse.of(circuits.start(id, steps, Actors.of(user)));
    }

    @PostMapping("/actes/{id}/visa")
    ActeResponse visa(@PathVariable UUID id, PlatformUser user) {
        return ActeResponse.of(circuits.giveVisa(id, Actors.of(user)));
    }

    @PostMapping("/actes/{id}/signature")
    ActeResponse sign(@PathVariable UUID id, PlatformUser user) {
        return ActeResponse.of(circuits.sign(id, Actors.of(user)));
    }

    @PostMapping("/actes/{id}/rejet")
    ActeResponse reject(@PathVariable UUID id, @RequestBody ReasonRequest request, PlatformUser user) {
        return ActeResponse.of(circuits.reject(id, request.motif(), Actors.of(user)));
    }

    @GetMapping("/actes/{id}/signature/verification")
    VerificationReport verification(@PathVariable UUID id) {
        return circuits.verify(id, Actors.ofCurrent());
    }

    /** Anyone may check a PDF's signatures against the platform's trusted authorities; nothing is kept. */
    @PostMapping(path = "/verification-signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> verifyFile(@RequestPart("fichier") MultipartFile file) throws IOException {
        if (file.getSize() > MAX_VERIFIED_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                    "Fichier trop volumineux", "La vérification en ligne accepte les PDF de 20 Mo au plus."));
        }
        return ResponseEntity.ok(circuits.verify(file.getBytes()));
    }

    /** My parapheur: the actes whose current step is mine. */
    @GetMapping("/parapheur")
    List<ActeResponse> waiting(PlatformUser user) {
        return circuits.waitingFor(Actors.of(user)).stream().map(ActeResponse::of).toList();
    }

    @PostMapping("/delegations")
    ResponseEntity<DelegationResponse> delegate(@RequestBody DelegationRequest request, PlatformUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(DelegationResponse.of(
                circuits.delegate(request.delegataire(), request.du(), request.au(), Actors.of(user))));
    }

    @GetMapping("/delegations")
    List<DelegationResponse> delegations(PlatformUser user) {
        return circuits.delegations(Actors.of(user)).stream().map(DelegationResponse::of).toList();
    }

    @DeleteMapping("/delegations/{id}")
    ResponseEntity<?> revoke(@PathVariable UUID id, PlatformUser user) {
        return circuits.revoke(id, Actors.of(user)) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "Délégation introuvable", "Vous n'avez pas donné de délégation en cours avec cet identifiant."));
    }

    record CircuitRequest(List<StepRequest> etapes) {
    }

    record StepRequest(String type, String agent, String role) {

        CircuitStep toStep() {
            CircuitStep.StepKind kind = "visa".equals(type) ? CircuitStep.StepKind.VISA
                    : "signature".equals(type) ? CircuitStep.StepKind.SIGNATURE : null;
            if (kind == null) {
                throw new ActeRuleException("etapes", "Le type d'une étape est « visa » ou « signature ».");
            }
            if ((agent == null) == (role == null) || (role != null && !"elu".equals(role))) {
                throw new ActeRuleException("etapes",
                        "Chaque étape est confiée soit à un agent (son adresse électronique), soit au rôle « elu ».");
            }
            if (agent != null && !agent.matches("[^@\\s]{1,64}@[^@\\s]{1,255}")) {
                throw new ActeRuleException("etapes", "L'adresse électronique d'une étape est invalide.");
            }
            return CircuitStep.toDo(kind, agent);
        }
    }

    record ReasonRequest(String motif) {
    }

    record DelegationRequest(String delegataire, LocalDate du, LocalDate au) {
    }

    record DelegationResponse(UUID id, String delegant, String delegataire, LocalDate du, LocalDate au) {

        static DelegationResponse of(Delegation delegation) {
            return new DelegationResponse(delegation.id(), delegation.delegatorEmail(), delegation.delegateEmail(),
                    delegation.startsOn(), delegation.endsOn());
        }
    }
}
