package fr.mutualis.marches.award.web;

import fr.mutualis.marches.award.application.AwardCommand;
import fr.mutualis.marches.award.application.AwardService;
import fr.mutualis.marches.consultation.web.Actors;
import fr.mutualis.service.security.PlatformUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The award of a consultation, and its contracts' notification and modifications. */
@RestController
@RequestMapping("/api/marches")
class AwardController {

    private final AwardService awards;

    AwardController(AwardService awards) {
        this.awards = awards;
    }

    @PostMapping("/consultations/{id}/attribution")
    ResponseEntity<List<ContractResponse>> award(@PathVariable UUID id, @RequestBody AwardCommand command,
                                                 PlatformUser user) {
        return ResponseEntity.status(201).body(awards.award(id, command, Actors.of(user)).stream()
                .map(ContractResponse::of).toList());
    }

    /** The contracts of a consultation, public as the award notice is. */
    @GetMapping("/consultations/{id}/marches")
    List<ContractResponse> ofConsultation(@PathVariable UUID id) {
        return awards.ofConsultation(id, Actors.ofCurrent()).stream().map(ContractResponse::of).toList();
    }

    @PostMapping("/marches/{id}/notification")
    ContractResponse notify(@PathVariable UUID id, @RequestBody AwardCommand.NotificationCommand command,
                            PlatformUser user) {
        return ContractResponse.of(awards.notify(id, command, Actors.of(user)));
    }

    @PostMapping("/marches/{id}/modifications")
    ContractResponse modify(@PathVariable UUID id, @RequestBody AwardCommand.ModificationCommand command,
                            PlatformUser user) {
        return ContractResponse.of(awards.modify(id, command, Actors.of(user)));
    }
}
