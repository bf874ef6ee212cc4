package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.application.ExperienceRecordService;
import fr.mutualis.experience.record.application.validation.EmailAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The syndicate's DPO answers a person's erasure request (GDPR art. 17) once for every record that names them:
 * {@code POST /api/contacts/effacements}, the DPO only (ADR 0011).
 */
@RestController
class ContactErasureController {

    private final ExperienceRecordService service;

    ContactErasureController(ExperienceRecordService service) {
        this.service = service;
    }

    record ErasureRequest(
            @NotBlank(message = "L'adresse électronique de la personne est obligatoire.")
            @EmailAddress String email) {
    }

    /** @param records the records whose contact was erased */
    record ErasureResponse(String email, List<UUID> records) {
    }

    @PostMapping(path = "/api/contacts/effacements", consumes = "application/json")
    ErasureResponse erase(@Valid @RequestBody ErasureRequest request) {
        return new ErasureResponse(request.email(), service.eraseContactEverywhere(request.email()));
    }
}
