package fr.mutualis.demat.circuit.application;

import fr.mutualis.demat.acte.application.ActeChanges;
import fr.mutualis.demat.acte.application.ActeService;
import fr.mutualis.demat.acte.application.DocumentRefs;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeLifecycleException;
import fr.mutualis.demat.acte.domain.Actor;
import fr.mutualis.demat.acte.domain.Circuit;
import fr.mutualis.demat.acte.domain.CircuitStep;
import fr.mutualis.demat.acte.domain.DocumentRef;
import fr.mutualis.demat.circuit.domain.Delegation;
import fr.mutualis.demat.circuit.domain.DelegationRepository;
import fr.mutualis.demat.circuit.domain.StepAuthority;
import fr.mutualis.demat.circuit.signature.SignatureProperties;
import fr.mutualis.demat.files.DocumentFiles;
import fr.mutualis.pdf.signature.PadesSigner;
import fr.mutualis.pdf.signature.PadesVerifier;
import fr.mutualis.pdf.signature.SignatureDetails;
import fr.mutualis.pdf.signature.SigningKey;
import fr.mutualis.pdf.signature.SigningKeys;
import fr.mutualis.pdf.signature.VerificationReport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parapheur's use cases: start a circuit, give a visa, sign, reject, delegate; verify a signed acte. */
@Service
public class CircuitService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ActeChanges changes;
    private final ActeService actes;
    private final DelegationRepository delegations;
    private final DocumentFiles files;
    private final PadesSigner signer;
    private final ObjectProvider<SigningKeys> keys;
    private final ObjectProvider<PadesVerifier> verifier;
    private final SignatureProperties properties;
    private final Clock clock;

    CircuitService(ActeChanges changes, ActeService actes, DelegationRepository delegations, DocumentFiles files,
                   PadesSigner signer, ObjectProvider<SigningKeys> keys, ObjectProvider<PadesVerifier> verifier,
                   SignatureProperties properties, Clock clock) {
        this.changes = changes;
        this.actes = actes;
        this.delegations = delegations;
        this.files = files;
        this.signer = signer;
        this.keys = keys;
        this.verifier = verifier;
        this.properties = properties;
        this.clock = clock;
    }

    public Acte start(UUID id, List<CircuitStep> steps, Actor author) {
        requireAgent(author);
        Circuit circuit = new Circuit(steps);
        return changes.change(id, author, acte -> acte.startCircuit(circuit, author, clock.instant()));
    }

    public Acte giveVisa(UUID id, Actor actor) {
        return changes.change(id, actor, acte -> {
            Optional<String> onBehalfOf = authority(acte, actor);
            return acte.giveVisa(actor, onBehalfOf.orElse(null), clock.instant());
        });
    }

    /**
     * Adds the signer's PAdES signature to the acte's document with their own key, then takes the step. The
     * signature is made before the acte is locked; the step is refused if the acte moved on in between.
     */
    public Acte sign(UUID id, Actor actor) {
        Acte before = actes.readable(id, actor);
        Optional<String> onBehalfOf = authority(before, actor);
        DocumentRef source = before.documentToSign();
        SigningKey key = keys.getObject().forAlias(actor.email()).orElseThrow(() -> new ActeLifecycleException(
                "Aucun certificat de signature n'est enregistré pour " + actor.email() + "."));
        byte[] signed = signer.sign(files.read(source.sha256()), key, new SignatureDetails(
                onBehalfOf.map(d -> "Signé par délégation de " + d).orElse("Signature de l'acte")
                        + " " + before.identifier(), properties.location(), actor.name(), clock.instant()));
        DocumentRef stored = DocumentRefs.of(files.storeGenerated(signed, signedName(source.name())));
        return changes.change(id, actor, acte -> {
            if (!acte.documentToSign().equals(source)) {
                throw new ActeLifecycleException("L'acte a changé pendant la signature : signez à nouveau.");
            }
            return acte.sign(stored, actor, authority(acte, actor).orElse(null), clock.instant());
        });
    }

    public Acte reject(UUID id, String reason, Actor actor) {
        return changes.change(id, actor, acte -> {
            authority(acte, actor);
            return acte.reject(reason, actor, clock.instant());
        });
    }

    /** DSS's verdict on the acte's signed document, to those who may read the acte. */
    public VerificationReport verify(UUID id, Optional<Actor> reader) {
        Acte acte = actes.readable(id, reader);
        DocumentRef signed = acte.signedDocument().orElseThrow(() -> new ActeLifecycleException(
                "Cet acte n'a pas encore de document signé."));
        return verifier.getObject().verify(files.read(signed.sha256()));
    }

    /** Verifies any PDF sent by the caller (a copy received by e-mail, a download): nothing is stored. */
    public VerificationReport verify(byte[] pdf) {
        return verifier.getObject().verify(pdf);
    }

    /** The actes of the person's collectivité whose current step is theirs (or their delegators'). */
    public List<Acte> waitingFor(Actor actor) {
        return actes.ofMyCollectivite(actor, Optional.of(fr.mutualis.demat.acte.domain.ActeState.IN_CIRCUIT)).stream()
                .filter(acte -> {
                    try {
                        authority(acte, actor);
                        return true;
                    } catch (ActeLifecycleException notTheirs) {
                        return false;
                    }
                }).toList();
    }

    @Transactional
    public Delegation delegate(String delegateEmail, LocalDate from, LocalDate to, Actor delegator) {
        if (!delegator.agent() && !delegator.elu()) {
            throw new AccessDeniedException("Not an agent or élu");
        }
        if (from != null && from.isBefore(LocalDate.now(clock.withZone(PARIS)))) {
            throw new fr.mutualis.demat.acte.domain.ActeRuleException("du", "Une délégation commence aujourd'hui ou plus tard.");
        }
        Delegation delegation = new Delegation(UUID.randomUUID(), delegator.siren(), delegator.email(), delegator.elu(),
                delegateEmail == null ? null : delegateEmail.strip().toLowerCase(java.util.Locale.ROOT), from, to);
        delegations.add(delegation);
        return delegation;
    }

    public List<Delegation> delegations(Actor actor) {
        return delegations.of(actor.siren(), actor.email());
    }

    @Transactional
    public boolean revoke(UUID id, Actor delegator) {
        return delegations.revoke(id, delegator.email());
    }

    private Optional<String> authority(Acte acte, Actor actor) {
        CircuitStep step = acte.currentStep();
        return StepAuthority.check(step, actor,
                delegations.activeFor(acte.siren(), actor.email(), LocalDate.now(clock.withZone(PARIS))));
    }

    private static String signedName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? name.substring(0, name.length() - 4) + "-signe.pdf" : name + "-signe.pdf";
    }

    private static void requireAgent(Actor actor) {
        if (!actor.agent()) {
            throw new AccessDeniedException("Not an agent");
        }
    }
}
