package fr.mutualis.integration.access.web;

import fr.mutualis.integration.access.application.ManageIntegrators;
import fr.mutualis.integration.access.domain.Integrator;
import fr.mutualis.integration.access.domain.PublicTopics;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The syndicate administrator's API for integrators' access (administrators only, see IntegrationApiAccess). */
@RestController
class IntegratorController {

    record RegisterRequest(
            @NotBlank(message = "Le nom est obligatoire.") String name,
            @NotBlank(message = "L'organisation est obligatoire.") @Size(max = 200, message = "L'organisation ne doit pas dépasser {max} caractères.") String organisation,
            @NotBlank(message = "L'adresse de contact est obligatoire.") @Email(message = "L'adresse de contact n'est pas une adresse électronique valide.") String contactEmail) {
    }

    record GrantRequest(@NotNull(message = "La liste des topics est obligatoire (vide pour tout retirer).") List<@NotBlank(message = "Un topic ne peut pas être vide.") String> topics) {
    }

    record IntegratorView(String name, String organisation, String contactEmail, List<String> grants,
                          Instant createdAt, Instant revokedAt) {
        static IntegratorView of(Integrator integrator) {
            return new IntegratorView(integrator.name(), integrator.organisation(), integrator.contactEmail(),
                    integrator.grants(), integrator.createdAt(), integrator.revokedAt());
        }
    }

    /** Shown once: the password is not stored by the platform, only by the broker as a SCRAM hash. */
    record CredentialsView(String name, String username, String password, String mechanism, String securityProtocol) {
        static CredentialsView of(ManageIntegrators.Credentials credentials) {
            return new CredentialsView(credentials.integrator().name(), credentials.integrator().name(),
                    credentials.password(), "SCRAM-SHA-512", "SASL_SSL");
        }
    }

    private final ManageIntegrators integrators;
    private final PublicTopics topics;

    IntegratorController(ManageIntegrators integrators, PublicTopics topics) {
        this.integrators = integrators;
        this.topics = topics;
    }

    @PostMapping("/api/integrators")
    ResponseEntity<CredentialsView> register(@Valid @RequestBody RegisterRequest request) {
        var credentials = integrators.register(request.name(), request.organisation(), request.contactEmail());
        return ResponseEntity.created(URI.create("/api/integrators/" + request.name()))
                .cacheControl(CacheControl.noStore()).body(CredentialsView.of(credentials));
    }

    @PutMapping("/api/integrators/{name}/grants")
    IntegratorView grant(@PathVariable String name, @Valid @RequestBody GrantRequest request) {
        return IntegratorView.of(integrators.grant(name, request.topics()));
    }

    @PostMapping("/api/integrators/{name}/credentials/rotate")
    ResponseEntity<CredentialsView> rotate(@PathVariable String name) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(CredentialsView.of(integrators.rotate(name)));
    }

    @DeleteMapping("/api/integrators/{name}")
    IntegratorView revoke(@PathVariable String name) {
        return IntegratorView.of(integrators.revoke(name));
    }

    @GetMapping("/api/integrators/{name}")
    IntegratorView find(@PathVariable String name) {
        return IntegratorView.of(integrators.find(name));
    }

    @GetMapping("/api/integrators")
    List<IntegratorView> all() {
        return integrators.all().stream().map(IntegratorView::of).toList();
    }

    @GetMapping("/api/topics")
    Map<String, String> publicTopics() {
        return new java.util.TreeMap<>(topics.descriptions());
    }
}
