package fr.mutualis.marches.consultation.application;

import fr.mutualis.envelope.KeyHolderKeys;
import fr.mutualis.envelope.SealedKeyPair;
import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationChange;
import fr.mutualis.marches.consultation.domain.ConsultationDetails;
import fr.mutualis.marches.consultation.domain.ConsultationLifecycleException;
import fr.mutualis.marches.consultation.domain.ConsultationRepository;
import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import fr.mutualis.marches.consultation.domain.ConsultationState;
import fr.mutualis.marches.consultation.domain.DocumentRef;
import fr.mutualis.marches.consultation.domain.HistoryEntry;
import fr.mutualis.marches.consultation.domain.KeyHolder;
import fr.mutualis.marches.consultation.domain.KeyHolderRepository;
import fr.mutualis.marches.consultation.domain.Lot;
import fr.mutualis.marches.consultation.domain.Question;
import fr.mutualis.marches.consultation.domain.Withdrawal;
import fr.mutualis.marches.consultation.domain.WithdrawalRegister;
import fr.mutualis.marches.files.MarchesFiles;
import fr.mutualis.files.StoredFile;
import fr.mutualis.service.referential.ReferentialClient;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of consultations, for buyers, companies and the public. */
@Service
public class ConsultationService {

    private static final int LIST_LIMIT = 500;

    private final ConsultationRepository consultations;
    private final ConsultationChanges changes;
    private final KeyHolderRepository keyHolders;
    private final WithdrawalRegister withdrawals;
    private final Nomenclatures nomenclatures;
    private final MarchesFiles files;
    private final ReferentialClient referential;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, ConsultationChanges changes,
                        KeyHolderRepository keyHolders, WithdrawalRegister withdrawals, Nomenclatures nomenclatures,
                        MarchesFiles files, ReferentialClient referential, Clock clock) {
        this.consultations = consultations;
        this.changes = changes;
        this.keyHolders = keyHolders;
        this.withdrawals = withdrawals;
        this.nomenclatures = nomenclatures;
        this.files = files;
        this.referential = referential;
        this.clock = clock;
    }

    public Consultation draft(ConsultationCommand command, Actor author) {
        if (!author.member()) {
            throw new ConsultationLifecycleException("Seuls les agents et élus d'une collectivité membre préparent des consultations.");
        }
        ConsultationDetails details = details(command);
        requireFreeReference(author.siren(), details.reference(), null);
        String buyerName = referential.collectivite(author.siren()).map(found -> found.name())
                .orElseThrow(() -> new ConsultationRuleException("acheteur", "Votre collectivité (SIREN "
                        + author.siren() + ") n'est pas connue du référentiel des membres."));
        return changes.create(Consultation.draft(UUID.randomUUID(), author, buyerName, details, clock.instant()));
    }

    public Consultation update(UUID id, ConsultationCommand command, Actor buyer) {
        ConsultationDetails details = details(command);
        return changes.change(id, buyer, consultation -> {
            requireFreeReference(consultation.buyerSiren(), details.reference(), id);
            return consultation.update(details, buyer, clock.instant());
        });
    }

    /**
     * A file of the DCE; once published, a modification that the companies which withdrew the DCE are told of, in the
     * same transaction as the change.
     */
    @Transactional
    public Consultation addDocument(UUID id, InputStream content, String name, Optional<String> newDeadline,
                                    Actor buyer) {
        readableByBuyer(id, buyer);
        Optional<Instant> deadline = newDeadline.map(value -> ParisTime.deadline("dateLimite", value));
        StoredFile stored = files.acceptDce(content, name);
        Instant now = clock.instant();
        Consultation changed = changes.change(id, buyer, consultation -> consultation.addDocument(
                new DocumentRef(stored.sha256(), stored.name(), stored.mediaType(), stored.size(), now), deadline,
                buyer, now));
        if (changed.state() != ConsultationState.BROUILLON) {
            withdrawals.notifyWithdrawers(id, "Le DCE de la consultation « " + changed.details().objet()
                    + " » a été modifié (" + stored.name() + ")" + deadline.map(value -> " ; nouvelle date limite : "
                    + ParisTime.format(value)).orElse("") + ".", now);
        }
        return changed;
    }

    /**
     * The caller becomes the holder of one of the two keys that open the bids, with a passphrase that only they know
     * and that the platform never stores.
     */
    @Transactional
    public void holdKey(UUID id, String role, char[] passphrase, Actor buyer) {
        try {
            if (!KeyHolder.PRINCIPAL.equals(role) && !KeyHolder.BACKUP.equals(role)) {
                throw new ConsultationRuleException("role", "Le rôle est « principal » ou « secours ».");
            }
            Consultation consultation = consultations.findForUpdate(id).filter(found -> buyer.buys(found.buyerSiren()))
                    .orElseThrow(() -> new ConsultationNotFoundException(id));
            if (consultation.state() != ConsultationState.BROUILLON) {
                throw new ConsultationLifecycleException("Les clés de chiffrement se choisissent avant la publication.");
            }
            List<KeyHolder> holders = new ArrayList<>(keyHolders.of(id));
            if (holders.stream().anyMatch(holder -> holder.role().equals(role) && !holder.email().equals(buyer.email()))) {
                throw new ConsultationLifecycleException("Cette clé est déjà détenue par une autre personne : elle seule "
                        + "peut changer sa phrase de passe.");
            }
            holders.removeIf(holder -> holder.role().equals(role));
            if (holders.stream().anyMatch(holder -> holder.email().equals(buyer.email()))) {
                throw new ConsultationRuleException("role", "La clé principale et la clé de secours sont détenues par "
                        + "deux personnes différentes, pour que l'absence de l'une n'empêche pas l'ouverture.");
            }
            SealedKeyPair keys = KeyHolderKeys.generate(passphrase);
            holders.add(new KeyHolder(role, buyer.email(), keys.publicKey(), keys.sealedPrivateKey()));
            keyHolders.save(id, holders);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    public Consultation publish(UUID id, Actor buyer) {
        List<KeyHolder> holders = keyHolders.of(id);
        if (holders.size() != 2) {
            readableByBuyer(id, buyer);
            throw new ConsultationRuleException("detenteursDeCle", "Avant de publier, deux personnes de votre "
                    + "collectivité choisissent chacune une phrase de passe : la clé principale et la clé de secours "
                    + "qui ouvriront les offres.");
        }
        return changes.change(id, buyer, consultation -> consultation.publish(buyer, clock.instant()));
    }

    @Transactional
    public Consultation postponeDeadline(UUID id, String newDeadline, String reason, Actor buyer) {
        Instant deadline = ParisTime.deadline("dateLimite", newDeadline);
        Instant now = clock.instant();
        Consultation changed = changes.change(id, buyer, consultation -> consultation.postponeDeadline(deadline,
                reason, buyer, now));
        withdrawals.notifyWithdrawers(id, "La date limite de la consultation « " + changed.details().objet()
                + " » est reportée au " + ParisTime.format(deadline) + " : " + reason.strip(), now);
        return changed;
    }

    public Question ask(UUID id, String text, Actor company) {
        Question[] asked = new Question[1];
        changes.changePublished(id, consultation -> {
            asked[0] = consultation.ask(text, company, clock.instant());
            return null;
        });
        return asked[0];
    }

    @Transactional
    public Consultation answer(UUID id, UUID questionId, String text, Actor buyer) {
        Instant now = clock.instant();
        Consultation changed = changes.change(id, buyer, consultation -> consultation.answer(questionId, text, buyer,
                now));
        withdrawals.notifyWithdrawers(id, "Une réponse a été publiée à une question sur la consultation « "
                + changed.details().objet() + " ».", now);
        return changed;
    }

    public Consultation declareUnsuccessful(UUID id, String reason, Actor buyer) {
        return changes.change(id, buyer, consultation -> consultation.declareUnsuccessful(reason, buyer,
                clock.instant()));
    }

    public Consultation abandon(UUID id, String reason, Actor buyer) {
        return changes.change(id, buyer, consultation -> consultation.abandon(reason, buyer, clock.instant()));
    }

    /** Closes a consultation whose deadline passed (the platform's own change). */
    public void closeIfPastDeadline(UUID id) {
        changes.changePublished(id, consultation -> consultation.state() == ConsultationState.PUBLIEE
                && !clock.instant().isBefore(consultation.details().deadline())
                ? consultation.close(clock.instant()) : null);
    }

    public List<UUID> pastDeadline(int limit) {
        return consultations.pastDeadline(clock.instant(), limit);
    }

    /** A published consultation for anyone, a draft for its buyer's agents and élus only. */
    public Consultation readable(UUID id, Optional<Actor> reader) {
        return consultations.find(id).filter(consultation -> consultation.readableBy(reader))
                .orElseThrow(() -> new ConsultationNotFoundException(id));
    }

    /** A published consultation, locked against its opening until the caller's transaction ends. */
    public Consultation lockedForDeposit(UUID id) {
        return consultations.findForShare(id).filter(consultation -> consultation.state().isPublic())
                .orElseThrow(() -> new ConsultationNotFoundException(id));
    }

    /** The buyer's own, drafts included: the caller must be an agent or élu of it. */
    public Consultation readableByBuyer(UUID id, Actor buyer) {
        return consultations.find(id).filter(consultation -> buyer.buys(consultation.buyerSiren()))
                .orElseThrow(() -> new ConsultationNotFoundException(id));
    }

    public List<Consultation> ofMyCollectivite(Actor buyer, Optional<ConsultationState> state) {
        if (!buyer.member()) {
            return List.of();
        }
        return consultations.ofBuyer(buyer.siren(), state, LIST_LIMIT);
    }

    public List<Consultation> published(Optional<ConsultationState> state) {
        if (state.filter(ConsultationState.BROUILLON::equals).isPresent()) {
            throw new ConsultationRuleException("etat", "Les brouillons ne sont pas publics.");
        }
        return consultations.published(state, LIST_LIMIT);
    }

    public List<HistoryEntry> history(UUID id, Optional<Actor> reader) {
        readable(id, reader);
        return consultations.history(id);
    }

    public List<KeyHolder> keyHolders(UUID id, Actor buyer) {
        readableByBuyer(id, buyer);
        return keyHolders.of(id);
    }

    /** The key holders of a published consultation, whose public keys seal its bids. */
    public List<KeyHolder> keyHoldersOfPublished(UUID id) {
        readable(id, Optional.empty());
        return keyHolders.of(id);
    }

    /**
     * A DCE file of a readable consultation, recorded in the registre des retraits: with the company's name when a
     * company is signed in, anonymously otherwise.
     */
    public DocumentRef withdraw(UUID id, String sha256, Optional<Actor> reader) {
        Consultation consultation = readable(id, reader);
        DocumentRef document = consultation.dce().stream().filter(ref -> ref.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new DceDocumentNotFoundException(sha256));
        if (consultation.state().isPublic() && reader.map(actor -> !actor.buys(consultation.buyerSiren())).orElse(true)) {
            Optional<Actor> company = reader.filter(Actor::company);
            withdrawals.record(id, new Withdrawal(clock.instant(), sha256, document.name(),
                    company.map(Actor::siret).orElse(null), company.map(Actor::email).orElse(null),
                    company.map(Actor::name).orElse(null)));
        }
        return document;
    }

    public List<Withdrawal> withdrawals(UUID id, Actor buyer) {
        readableByBuyer(id, buyer);
        return withdrawals.of(id);
    }

    public List<WithdrawalRegisterNotice> notices(Actor company) {
        if (!company.company()) {
            return List.of();
        }
        return withdrawals.noticesOf(company.siret(), LIST_LIMIT).stream()
                .map(notice -> new WithdrawalRegisterNotice(notice.consultationId(), notice.at(), notice.message()))
                .toList();
    }

    /** What a company is told about the consultations whose DCE it withdrew. */
    public record WithdrawalRegisterNotice(UUID consultationId, Instant at, String message) {
    }

    private void requireFreeReference(String siren, String reference, UUID except) {
        if (consultations.referenceTaken(siren, reference, except == null ? new UUID(0, 0) : except)) {
            throw new ConsultationRuleException("reference", "Une autre consultation de votre collectivité porte "
                    + "déjà cette référence.");
        }
    }

    private ConsultationDetails details(ConsultationCommand command) {
        if (command == null) {
            throw new ConsultationRuleException("", "Le corps de la requête est obligatoire.");
        }
        List<Lot> lots = new ArrayList<>();
        List<ConsultationCommand.LotCommand> lotCommands = Optional.ofNullable(command.lots()).orElse(List.of());
        for (int i = 0; i < lotCommands.size(); i++) {
            ConsultationCommand.LotCommand lot = lotCommands.get(i);
            if (lot == null || lot.numero() == null) {
                throw new ConsultationRuleException("lots[" + i + "].numero", "Chaque lot a un numéro.");
            }
            lots.add(new Lot(lot.numero(), lot.intitule(), lot.montantEstime()));
        }
        ConsultationCommand.PlaceCommand place = command.lieuExecution();
        if (place == null) {
            throw new ConsultationRuleException("lieuExecution", "Le lieu d'exécution est obligatoire (par exemple "
                    + "le code INSEE de la commune).");
        }
        return new ConsultationDetails(command.reference(), command.objet(),
                nomenclatures.cpv("codeCpv", command.codeCpv()),
                nomenclatures.procedure("procedure", command.procedure()),
                nomenclatures.nature("nature", Optional.ofNullable(command.nature()).orElse("Marché")),
                category(command.categorie()), lots, command.montantEstime(),
                nomenclatures.place("lieuExecution", place.code(),
                        Optional.ofNullable(place.typeCode()).orElse("Code commune")),
                ParisTime.deadline("dateLimite", command.dateLimite()));
    }

    private static ConsultationDetails.Category category(String value) {
        return Arrays.stream(ConsultationDetails.Category.values())
                .filter(category -> category.code().equals(value == null ? null : value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new ConsultationRuleException("categorie",
                        "La catégorie est « travaux », « fournitures » ou « services »."));
    }
}
