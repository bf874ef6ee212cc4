package fr.mutualis.prefecture.transmission.web;

import fr.mutualis.prefecture.transmission.application.Transmissions;
import fr.mutualis.prefecture.transmission.domain.Acknowledgement;
import fr.mutualis.prefecture.transmission.domain.ComplementRequest;
import fr.mutualis.prefecture.transmission.domain.DocumentRole;
import fr.mutualis.prefecture.transmission.domain.EnvelopeFields;
import fr.mutualis.prefecture.transmission.domain.HistoryEntry;
import fr.mutualis.prefecture.transmission.domain.ReceivedDocument;
import fr.mutualis.prefecture.transmission.domain.Transmission;
import fr.mutualis.prefecture.transmission.domain.TransmissionStatus;
import fr.mutualis.prefecture.transmission.domain.Violation;
import fr.mutualis.web.problem.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The préfecture's API for a tiers de télétransmission (the démat service's adapter is written against it):
 * transmit an acte, follow it, send the pieces asked for, cancel it. A tiers sees only its own transmissions.
 */
@RestController
@RequestMapping("/api/transmissions")
class TransmissionController {

    static final String ENVELOPE = "enveloppe";
    static final String ACTE = "acte";
    static final String ANNEXES = "annexes";
    static final String PIECES = "pieces";

    private final Transmissions transmissions;
    private final EnvelopeXmlReader envelopes = new EnvelopeXmlReader();

    TransmissionController(Transmissions transmissions) {
        this.transmissions = transmissions;
    }

    /** The answer of an accepted transmission. */
    record Receipt(UUID transmissionId, TransmissionStatus status) {
    }

    record Refusal(String reason) {
    }

    /** A transmission as the tiers follows it. */
    record TransmissionView(UUID transmissionId, String acteIdentifier, TransmissionStatus status,
                            Acknowledgement acknowledgement, Refusal refusal, ComplementRequest complementRequest,
                            List<HistoryEntry> history) {

        static TransmissionView of(Transmission transmission) {
            return new TransmissionView(transmission.id(), transmission.acteIdentifier(), transmission.status(),
                    transmission.acknowledgement(),
                    transmission.refusalReason() == null ? null : new Refusal(transmission.refusalReason()),
                    transmission.complementRequest(), transmission.history());
        }
    }

    record CancellationRequest(@Size(max = 1000, message = "Le motif compte au plus 1 000 caractères.") String motif) {
    }

    /** multipart/form-data: {@code enveloppe} (XML), {@code acte} (PDF), {@code annexes} (0..n). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Receipt> transmit(HttpServletRequest request, Principal tiers) throws IOException, ServletException {
        Parts parts = Parts.of(request.getParts(), Set.of(ENVELOPE, ACTE, ANNEXES));
        List<Violation> violations = new ArrayList<>();
        Part envelopePart = parts.exactlyOne(ENVELOPE, "l'enveloppe XML de l'acte", violations);
        Part actePart = parts.exactlyOne(ACTE, "le document principal de l'acte (PDF)", violations);
        if (!violations.isEmpty()) {
            throw new MalformedTransmissionException(violations);
        }
        if (!xml(envelopePart.getContentType())) {
            throw new MalformedTransmissionException(List.of(new Violation(ENVELOPE, "L'enveloppe est un document XML "
                    + "(Content-Type: application/xml).")));
        }
        byte[] xml;
        try (InputStream in = envelopePart.getInputStream()) {
            xml = in.readNBytes(EnvelopeXmlReader.MAX_BYTES + 1);
        }
        EnvelopeFields fields = envelopes.read(xml);
        ReceivedDocument envelope = document(DocumentRole.ENVELOPPE, envelopePart);
        ReceivedDocument acte = document(DocumentRole.ACTE, actePart);
        List<ReceivedDocument> annexes = parts.named(ANNEXES).stream()
                .map(part -> document(DocumentRole.ANNEXE, part)).toList();
        Transmission transmission = transmissions.submit(tiers.getName(), fields, envelope, acte, annexes);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(transmission.id()).toUri();
        return ResponseEntity.accepted().location(location)
                .body(new Receipt(transmission.id(), transmission.status()));
    }

    @GetMapping("/{id}")
    TransmissionView transmission(@PathVariable UUID id, Principal tiers) {
        return transmissions.find(tiers.getName(), id).map(TransmissionView::of)
                .orElseThrow(TransmissionNotFoundException::new);
    }

    /** multipart/form-data: {@code pieces} (1..n PDF), only when the préfecture asked for some. */
    @PostMapping(path = "/{id}/pieces-complementaires", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TransmissionView> supplyPieces(@PathVariable UUID id, HttpServletRequest request, Principal tiers)
            throws IOException, ServletException {
        Parts parts = Parts.of(request.getParts(), Set.of(PIECES));
        List<ReceivedDocument> pieces = parts.named(PIECES).stream()
                .map(part -> document(DocumentRole.PIECE_COMPLEMENTAIRE, part)).toList();
        if (pieces.isEmpty()) {
            throw new MalformedTransmissionException(List.of(new Violation(PIECES, "Joignez au moins une pièce "
                    + "complémentaire (partie « pieces »).")));
        }
        return transmissions.supplyPieces(tiers.getName(), id, pieces)
                .map(transmission -> ResponseEntity.accepted().body(TransmissionView.of(transmission)))
                .orElseThrow(TransmissionNotFoundException::new);
    }

    /** JSON {@code {"motif": "…"}}, optional: only an acknowledged acte can be cancelled. */
    @PostMapping("/{id}/annulation")
    TransmissionView cancel(@PathVariable UUID id, @RequestBody(required = false) @Valid CancellationRequest body,
                            Principal tiers) {
        return transmissions.cancel(tiers.getName(), id, body == null ? null : body.motif())
                .map(TransmissionView::of).orElseThrow(TransmissionNotFoundException::new);
    }

    private static boolean xml(String contentType) {
        if (contentType == null) {
            return true; // a form field, or a file sent without a type
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML)
                    || type.getSubtype().endsWith("+xml");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ReceivedDocument document(DocumentRole role, Part part) {
        return ReceivedDocument.read(role, part.getSubmittedFileName(), storableType(part.getContentType()),
                part::getInputStream);
    }

    /** The declared type, kept when it is plausible. */
    private static String storableType(String contentType) {
        return contentType == null || contentType.length() > 255 || contentType.chars().anyMatch(Character::isISOControl)
                ? null : contentType;
    }

    /** The parts of a multipart request, by name; a name the operation does not know is refused. */
    private record Parts(List<Part> all) {

        static Parts of(Collection<Part> parts, Set<String> known) {
            List<Violation> violations = new ArrayList<>();
            for (Part part : parts) {
                if (!known.contains(part.getName())) {
                    violations.add(new Violation(Problems.excerpt(String.valueOf(part.getName())), "Cette partie "
                            + "n'existe pas dans ce formulaire : seules " + String.join(", ", known.stream().sorted()
                            .map(name -> "« " + name + " »").toList()) + " sont admises."));
                }
            }
            if (!violations.isEmpty()) {
                throw new MalformedTransmissionException(violations);
            }
            return new Parts(List.copyOf(parts));
        }

        List<Part> named(String name) {
            return all.stream().filter(part -> name.equals(part.getName())).toList();
        }

        Part exactlyOne(String name, String what, List<Violation> violations) {
            List<Part> found = named(name);
            if (found.size() != 1) {
                violations.add(new Violation(name, found.isEmpty()
                        ? "La partie « " + name + " » est obligatoire : " + what + "."
                        : "La partie « " + name + " » ne peut figurer qu'une fois."));
                return null;
            }
            return found.get(0);
        }
    }
}
