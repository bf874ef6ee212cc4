package fr.mutualis.demat.acte.application;

import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeMetadata;
import fr.mutualis.demat.acte.domain.ActeRepository;
import fr.mutualis.demat.acte.domain.ActeRuleException;
import fr.mutualis.demat.acte.domain.ActeState;
import fr.mutualis.demat.acte.domain.Actor;
import fr.mutualis.demat.acte.domain.Classification;
import fr.mutualis.demat.acte.domain.ClassificationRepository;
import fr.mutualis.demat.acte.domain.Collectivites;
import fr.mutualis.demat.acte.domain.DocumentRef;
import fr.mutualis.demat.acte.domain.HistoryEntry;
import fr.mutualis.demat.acte.domain.Nature;
import fr.mutualis.demat.files.DocumentFiles;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting an acte, its documents, and reading actes with the reader's rights. */
@Service
public class ActeService {

    private final ActeRepository actes;
    private final ActeChanges changes;
    private final ClassificationRepository classifications;
    private final Collectivites collectivites;
    private final DocumentFiles files;
    private final Clock clock;

    ActeService(ActeRepository actes, ActeChanges changes, ClassificationRepository classifications,
                Collectivites collectivites, DocumentFiles files, Clock clock) {
        this.actes = actes;
        this.changes = changes;
        this.classifications = classifications;
        this.collectivites = collectivites;
        this.files = files;
        this.clock = clock;
    }

    @Transactional
    public Acte draft(ActeCommand command, Actor author) {
        requireAgent(author);
        ActeMetadata metadata = metadata(command, author.siren());
        UUID id = UUID.randomUUID();
        checkNumberFree(author.siren(), metadata, id);
        String departement = collectivites.prefectureDepartement(author.siren())
                .orElseThrow(() -> new ActeRuleException("collectivite",
                        "Votre collectivité est inconnue du référentiel : son département n'est pas connu."));
        return changes.create(Acte.draft(id, author.siren(), departement, metadata, author, clock.instant()));
    }

    @Transactional
    public Acte update(UUID id, ActeCommand command, Actor author) {
        requireAgent(author);
        ActeMetadata metadata = metadata(command, author.siren());
        checkNumberFree(author.siren(), metadata, id);
        return changes.change(id, author, acte -> acte.update(metadata, author, clock.instant()));
    }

    /** Scanned and stored before the transaction: a refused file changes nothing, a stored one is content-addressed. */
    public Acte attachMainDocument(UUID id, InputStream content, String name, Actor author) {
        requireAgent(author);
        readable(id, author).requireEditable();
        DocumentRef document = DocumentRefs.of(files.acceptActe(content, name));
        return changes.change(id, author, acte -> acte.attachMainDocument(document, author, clock.instant()));
    }

    public Acte addAnnex(UUID id, InputStream content, String name, Actor author) {
        requireAgent(author);
        readable(id, author).requireEditable();
        DocumentRef document = DocumentRefs.of(files.acceptAnnex(content, name));
        return changes.change(id, author, acte -> acte.addAnnex(document, author, clock.instant()));
    }

    /** Public actes to anyone; the others to the agents and élus of their collectivité only. */
    public Acte readable(UUID id, Optional<Actor> reader) {
        return actes.find(id).filter(acte -> acte.state().isPublic()
                        || reader.map(actor -> actor.belongsTo(acte.siren())).orElse(false))
                .orElseThrow(() -> new ActeNotFoundException(id));
    }

    public Acte readable(UUID id, Actor reader) {
        return readable(id, Optional.of(reader));
    }

    /** The whole history to the collectivité's people; to others, only that of a public acte. */
    public List<HistoryEntry> history(UUID id, Optional<Actor> reader) {
        readable(id, reader);
        return actes.history(id);
    }

    public List<Acte> ofMyCollectivite(Actor reader, Optional<ActeState> state) {
        if (!reader.agent() && !reader.elu()) {
            throw new org.springframework.security.access.AccessDeniedException("Not an agent or élu");
        }
        return actes.ofCollectivite(reader.siren(), state, 500);
    }

    public Classification classification(String siren) {
        return classifications.current(siren);
    }

    @Transactional
    public Classification declareClassification(String siren, Classification classification, Actor author) {
        requireAgent(author);
        if (!author.belongsTo(siren)) {
            throw new org.springframework.security.access.AccessDeniedException("Another collectivité");
        }
        classifications.add(siren, classification);
        return classification;
    }

    private ActeMetadata metadata(ActeCommand command, String siren) {
        if (command.nature() == null) {
            throw new ActeRuleException("nature", "La nature est obligatoire (1 à 6).");
        }
        Classification classification = classifications.current(siren);
        return new ActeMetadata(Nature.ofCode(command.nature()), classification.matiere(command.matiere()),
                classification.version(), command.numero(), command.objet(), command.dateDecision());
    }

    private void checkNumberFree(String siren, ActeMetadata metadata, UUID id) {
        if (actes.numberTaken(siren, metadata.decisionDate().getYear(), metadata.numero(), id)) {
            throw new ActeRuleException("numero", "Ce numéro est déjà pris par un autre acte de votre collectivité en "
                    + metadata.decisionDate().getYear() + ".");
        }
    }

    private static void requireAgent(Actor actor) {
        if (!actor.agent()) {
            throw new org.springframework.security.access.AccessDeniedException("Not an agent");
        }
    }
}
