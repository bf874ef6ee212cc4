package fr.mutualis.prefecture.transmission.application;

import fr.mutualis.prefecture.transmission.domain.ActeEnvelope;
import fr.mutualis.prefecture.transmission.domain.EnvelopeFields;
import fr.mutualis.prefecture.transmission.domain.InvalidTransmissionException;
import fr.mutualis.prefecture.transmission.domain.ReceivedDocument;
import fr.mutualis.prefecture.transmission.domain.Transmission;
import fr.mutualis.prefecture.transmission.domain.TransmissionRepository;
import fr.mutualis.prefecture.transmission.domain.TransmissionStateException;
import fr.mutualis.prefecture.transmission.domain.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a tiers de télétransmission does at the préfecture: transmit, follow, complete and cancel its actes. */
@Service
public class Transmissions {

    private final TransmissionRepository transmissions;
    private final Clock clock;

    public Transmissions(TransmissionRepository transmissions, Clock clock) {
        this.transmissions = transmissions;
        this.clock = clock;
    }

    /**
     * Receives an acte: its envelope is checked against its files, then it waits for the contrôle de légalité.
     *
     * @throws InvalidTransmissionException if the envelope or the files are wrong
     */
    @Transactional
    public Transmission submit(String tiers, EnvelopeFields fields, ReceivedDocument envelopeFile,
                               ReceivedDocument acte, List<ReceivedDocument> annexes) {
        List<Violation> violations = new ArrayList<>();
        Optional<ActeEnvelope> envelope = ActeEnvelope.check(fields, violations);
        checkName(acte, "acte", violations);
        if (!acte.pdf()) {
            violations.add(new Violation("acte", "L'acte doit être un document PDF (il ne commence pas par "
                    + "« %PDF- »)."));
        }
        if (acte.hasAcceptableName() && fields.documentName() != null
                && !acte.fileName().equals(fields.documentName().strip())) {
            violations.add(new Violation("acte", "Le nom du fichier de l'acte diffère de celui que l'enveloppe "
                    + "annonce (Document/NomFichier)."));
        }
        for (int i = 0; i < annexes.size(); i++) {
            ReceivedDocument annex = annexes.get(i);
            checkName(annex, "annexes[" + i + "]", violations);
            if (annex.size() == 0) {
                violations.add(new Violation("annexes[" + i + "]", "Cette annexe est vide."));
            }
        }
        List<String> announced = fields.annexNames().stream().map(name -> name == null ? "" : name.strip()).sorted()
                .toList();
        List<String> sent = annexes.stream().map(ReceivedDocument::fileName).map(name -> name == null ? "" : name)
                .sorted().toList();
        if (!announced.equals(sent)) {
            violations.add(new Violation("annexes", "Les fichiers des annexes (" + sent.size() + ") ne correspondent "
                    + "pas à ceux que l'enveloppe annonce (" + announced.size() + ") : mêmes noms attendus."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidTransmissionException(violations);
        }
        Transmission transmission = Transmission.receive(UUID.randomUUID(), tiers, envelope.orElseThrow(),
                clock.instant());
        List<ReceivedDocument> documents = new ArrayList<>();
        documents.add(envelopeFile);
        documents.add(acte);
        documents.addAll(annexes);
        transmissions.add(transmission, documents);
        return transmission;
    }

    /** The transmission {@code id} of {@code tiers}, empty if it has none such. */
    @Transactional(readOnly = true)
    public Optional<Transmission> find(String tiers, UUID id) {
        return transmissions.find(id, tiers);
    }

    /**
     * Takes the additional pieces the préfecture asked for.
     *
     * @return the transmission, empty if {@code tiers} has none such
     * @throws TransmissionStateException   if no pieces were asked for
     * @throws InvalidTransmissionException if a piece is not a PDF
     */
    @Transactional
    public Optional<Transmission> supplyPieces(String tiers, UUID id, List<ReceivedDocument> pieces) {
        Optional<Transmission> found = transmissions.lock(id, tiers);
        if (found.isEmpty()) {
            return found;
        }
        Transmission transmission = found.get();
        Instant now = clock.instant();
        transmission.receiveComplement(pieces.size(), now);
        List<Violation> violations = new ArrayList<>();
        if (pieces.isEmpty()) {
            violations.add(new Violation("pieces", "Joignez au moins une pièce complémentaire (partie « pieces »)."));
        }
        for (int i = 0; i < pieces.size(); i++) {
            checkName(pieces.get(i), "pieces[" + i + "]", violations);
            if (!pieces.get(i).pdf()) {
                violations.add(new Violation("pieces[" + i + "]", "Chaque pièce complémentaire doit être un document "
                        + "PDF (elle ne commence pas par « %PDF- »)."));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidTransmissionException(violations);
        }
        transmissions.addDocuments(id, pieces, now);
        transmissions.update(transmission);
        return Optional.of(transmission);
    }

    /**
     * Cancels an acknowledged acte at its sender's request.
     *
     * @return the transmission, empty if {@code tiers} has none such
     * @throws TransmissionStateException if it is not acknowledged, or already cancelled
     */
    @Transactional
    public Optional<Transmission> cancel(String tiers, UUID id, String motif) {
        Optional<Transmission> found = transmissions.lock(id, tiers);
        found.ifPresent(transmission -> {
            transmission.cancel(motif, clock.instant());
            transmissions.update(transmission);
        });
        return found;
    }

    private static void checkName(ReceivedDocument document, String field, List<Violation> violations) {
        if (!document.hasAcceptableName()) {
            violations.add(new Violation(field, "Le fichier doit porter un nom (1 à 255 caractères, sans dossier ni "
                    + "caractère de contrôle)."));
        }
    }
}
