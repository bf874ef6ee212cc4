package fr.mutualis.marches.consultation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A consultation of a buyer (a member collectivité): its details and DCE, its lifecycle, its questions and answers,
 * and its append-only history. Each method checks who may do it in which state and returns what happened.
 */
public final class Consultation {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,39}");
    private static final int MAX_OBJET = 1000;
    private static final int MAX_LOT_TITLE = 500;
    private static final int MAX_LOTS = 200;
    private static final int MAX_QUESTION = 4000;
    /** Enough for any real consultation; a bound so that one account cannot fill the consultation. */
    private static final int MAX_QUESTIONS_PER_COMPANY = 30;
    private static final int MAX_QUESTIONS = 500;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");

    private final UUID id;
    private final String buyerSiren;
    private final String buyerName;
    private final String authorEmail;
    private final Instant createdAt;
    private ConsultationDetails details;
    private final List<DocumentRef> dce;
    private final List<Question> questions;
    private ConsultationState state;
    private long version;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant openedAt;
    private String outcomeReason;
    private final List<AwardedLot> awards;
    private final List<HistoryEntry> newHistory = new ArrayList<>();

    /** As stored. */
    public Consultation(UUID id, String buyerSiren, String buyerName, String authorEmail, Instant createdAt,
                        ConsultationDetails details, List<DocumentRef> dce, List<Question> questions,
                        ConsultationState state, long version, Instant updatedAt, Instant publishedAt,
                        Instant openedAt, String outcomeReason, List<AwardedLot> awards) {
        this.id = id;
        this.buyerSiren = buyerSiren;
        this.buyerName = buyerName;
        this.authorEmail = authorEmail;
        this.createdAt = createdAt;
        this.details = details;
        this.dce = new ArrayList<>(dce);
        this.questions = new ArrayList<>(questions);
        this.state = state;
        this.version = version;
        this.updatedAt = updatedAt;
        this.publishedAt = publishedAt;
        this.openedAt = openedAt;
        this.outcomeReason = outcomeReason;
        this.awards = new ArrayList<>(awards);
    }

    /** A new draft of {@code author}'s collectivité, named {@code buyerName} in what the companies read. */
    public static Consultation draft(UUID id, Actor author, String buyerName, ConsultationDetails details, Instant now) {
        if (!author.member()) {
            throw new ConsultationLifecycleException("Seuls les agents et élus d'une collectivité membre préparent des consultations.");
        }
        check(details);
        Consultation consultation = new Consultation(id, author.siren(), buyerName, author.email(), now, details,
                List.of(), List.of(), ConsultationState.BROUILLON, 0, now, null, null, null, List.of());
        consultation.record(author, ConsultationChange.DRAFTED, ConsultationState.BROUILLON, null, now);
        return consultation;
    }

    public ConsultationChange update(ConsultationDetails changed, Actor actor, Instant now) {
        requireState(ConsultationState.BROUILLON, "Seul un brouillon se modifie ; une consultation publiée change par "
                + "une modification du DCE ou un report de la date limite.");
        check(changed);
        details = changed;
        return record(actor, ConsultationChange.UPDATED, state, null, now);
    }

    /**
     * A file of the DCE. Before publication it is part of the draft; once published it modifies the DCE, which the
     * companies that withdrew it are told of, and may push the deadline back (never forward).
     */
    public ConsultationChange addDocument(DocumentRef document, Optional<Instant> newDeadline, Actor actor, Instant now) {
        if (dce.stream().anyMatch(existing -> existing.sha256().equals(document.sha256()))) {
            throw new ConsultationRuleException("fichier", "Ce fichier fait déjà partie du DCE.");
        }
        if (state == ConsultationState.BROUILLON) {
            newDeadline.ifPresent(deadline -> {
                throw new ConsultationRuleException("dateLimite",
                        "La date limite d'un brouillon se change en modifiant la consultation.");
            });
            dce.add(document);
            return record(actor, ConsultationChange.DCE_ADDED, state, document.name(), now);
        }
        requireOpenForBids(now, "Le DCE ne se modifie plus après la date limite de remise des offres.");
        newDeadline.ifPresent(deadline -> postpone(deadline, now));
        dce.add(document);
        return record(actor, ConsultationChange.DCE_MODIFIED, state, document.name()
                + newDeadline.map(deadline -> " ; nouvelle date limite " + deadline).orElse(""), now);
    }

    public ConsultationChange publish(Actor actor, Instant now) {
        requireState(ConsultationState.BROUILLON, "Cette consultation est déjà publiée.");
        if (dce.isEmpty()) {
            throw new ConsultationRuleException("dce", "Ajoutez au moins un document au DCE avant de publier.");
        }
        if (!details.deadline().isAfter(now)) {
            throw new ConsultationRuleException("dateLimite", "La date limite de remise des offres est passée : "
                    + "choisissez-en une à venir avant de publier.");
        }
        publishedAt = now;
        return record(actor, ConsultationChange.PUBLISHED, ConsultationState.PUBLIEE, null, now);
    }

    public ConsultationChange postponeDeadline(Instant newDeadline, String reason, Actor actor, Instant now) {
        requireOpenForBids(now, "La date limite est passée : elle ne se reporte plus.");
        requireText("motif", reason, 1000, "Le motif du report");
        postpone(newDeadline, now);
        return record(actor, ConsultationChange.DEADLINE_POSTPONED, state, reason.strip(), now);
    }

    /** A company's question, while bids may be deposited. */
    public Question ask(String text, Actor company, Instant now) {
        if (!company.company()) {
            throw new ConsultationLifecycleException("Seules les entreprises posent des questions sur une consultation.");
        }
        requireOpenForBids(now, "La date limite est passée : les questions sont closes.");
        requireText("question", text, MAX_QUESTION, "La question");
        if (questions.size() >= MAX_QUESTIONS || questions.stream()
                .filter(asked -> asked.askedBySiret().equals(company.siret())).count() >= MAX_QUESTIONS_PER_COMPANY) {
            throw new ConsultationLifecycleException("Le nombre de questions sur cette consultation est atteint : "
                    + "écrivez à l'acheteur par les moyens indiqués dans le règlement de la consultation.");
        }
        Question question = new Question(UUID.randomUUID(), text.strip(), now, company.siret(), null, null);
        questions.add(question);
        return question;
    }

    /** The buyer's answer, published to every company. */
    public ConsultationChange answer(UUID questionId, String text, Actor actor, Instant now) {
        requireOpenForBids(now, "La date limite est passée : les réponses aux questions sont closes.");
        requireText("reponse", text, MAX_QUESTION, "La réponse");
        int index = indexOf(questionId);
        if (questions.get(index).isAnswered()) {
            throw new ConsultationLifecycleException("Cette question a déjà une réponse.");
        }
        questions.set(index, questions.get(index).answered(text.strip(), now));
        return record(actor, ConsultationChange.QUESTION_ANSWERED, state, null, now);
    }

    /** The deadline passed: no bid is valid any more. */
    public ConsultationChange close(Instant now) {
        requireState(ConsultationState.PUBLIEE, "Seule une consultation publiée se clôt.");
        if (now.isBefore(details.deadline())) {
            throw new ConsultationLifecycleException("La date limite n'est pas passée.");
        }
        return record(Actor.platform(), ConsultationChange.CLOSED, ConsultationState.CLOTUREE, null, now);
    }

    /** The buyer opens the bids: only after the deadline (the consultation closed first, its own event), once. */
    public ConsultationChange open(Actor actor, Instant now) {
        if (state == ConsultationState.PUBLIEE) {
            throw new ConsultationLifecycleException("Les offres ne s'ouvrent qu'après la date limite de remise des "
                    + "offres (" + details.deadline() + ").");
        }
        requireState(ConsultationState.CLOTUREE, "Les offres de cette consultation ne peuvent plus être ouvertes.");
        openedAt = now;
        return record(actor, ConsultationChange.OPENED, ConsultationState.OUVERTE, null, now);
    }

    /** The award: one contract per lot, every lot awarded at once (a lot without an acceptable bid is left out). */
    public ConsultationChange award(List<AwardedLot> awarded, Actor actor, Instant now) {
        requireState(ConsultationState.OUVERTE, "Une consultation s'attribue après l'ouverture des offres.");
        if (awarded.isEmpty()) {
            throw new ConsultationRuleException("attributions", "Attribuez au moins un lot, ou déclarez la "
                    + "consultation infructueuse.");
        }
        Set<Integer> lotNumbers = new HashSet<>();
        details.lots().forEach(lot -> lotNumbers.add(lot.numero()));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < awarded.size(); i++) {
            Integer lot = awarded.get(i).lot();
            if (lotNumbers.isEmpty() ? lot != null : lot == null || !lotNumbers.contains(lot)) {
                throw new ConsultationRuleException("attributions[" + i + "].lot", lotNumbers.isEmpty()
                        ? "Cette consultation n'a pas de lots : n'indiquez pas de numéro de lot."
                        : "Indiquez le numéro d'un lot de la consultation.");
            }
            if (!seen.add(lot == null ? 0 : lot)) {
                throw new ConsultationRuleException("attributions[" + i + "].lot", "Ce lot est déjà attribué plus haut.");
            }
        }
        awards.addAll(awarded);
        return record(actor, ConsultationChange.AWARDED, ConsultationState.ATTRIBUEE,
                awarded.size() + (awarded.size() > 1 ? " lots attribués" : " attribution"), now);
    }

    /** No acceptable bid (infructueuse). */
    public ConsultationChange declareUnsuccessful(String reason, Actor actor, Instant now) {
        requireState(ConsultationState.OUVERTE, "Une consultation est déclarée infructueuse après l'ouverture des offres.");
        requireText("motif", reason, 1000, "Le motif");
        outcomeReason = reason.strip();
        return record(actor, ConsultationChange.DECLARED_UNSUCCESSFUL, ConsultationState.INFRUCTUEUSE, outcomeReason, now);
    }

    /** The buyer gives up the procedure (sans suite), at any time between publication and award. */
    public ConsultationChange abandon(String reason, Actor actor, Instant now) {
        if (!Set.of(ConsultationState.PUBLIEE, ConsultationState.CLOTUREE, ConsultationState.OUVERTE).contains(state)) {
            throw new ConsultationLifecycleException("Seule une consultation publiée et non attribuée peut être "
                    + "déclarée sans suite.");
        }
        requireText("motif", reason, 1000, "Le motif");
        outcomeReason = reason.strip();
        return record(actor, ConsultationChange.ABANDONED, ConsultationState.SANS_SUITE, outcomeReason, now);
    }

    /** Whether a deposit received at {@code at} is on time: by the deadline alone, whatever closed it since. */
    public boolean acceptsBidsAt(Instant at) {
        return state != ConsultationState.SANS_SUITE && at.isBefore(details.deadline());
    }

    /** Deposits are received, late or not, until the procedure is abandoned (then there is nothing to bid for). */
    public boolean receivesDeposits() {
        return state.isPublic() && state != ConsultationState.SANS_SUITE;
    }

    /** Who may read it: anyone once published, the buyer's agents and élus before. */
    public boolean readableBy(Optional<Actor> reader) {
        return state.isPublic() || reader.map(actor -> actor.buys(buyerSiren)).orElse(false);
    }

    private void postpone(Instant newDeadline, Instant now) {
        if (!newDeadline.isAfter(details.deadline())) {
            throw new ConsultationRuleException("dateLimite", "La nouvelle date limite doit être postérieure à "
                    + "l'actuelle : une date limite ne s'avance jamais.");
        }
        details = new ConsultationDetails(details.reference(), details.objet(), details.cpv(), details.procedure(),
                details.nature(), details.category(), details.lots(), details.estimatedAmount(),
                details.placeOfExecution(), newDeadline);
    }

    private void requireOpenForBids(Instant now, String message) {
        requireState(ConsultationState.PUBLIEE, message);
        if (!now.isBefore(details.deadline())) {
            throw new ConsultationLifecycleException(message);
        }
    }

    private void requireState(ConsultationState expected, String message) {
        if (state != expected) {
            throw new ConsultationLifecycleException(message);
        }
    }

    private int indexOf(UUID questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        throw new ConsultationRuleException("question", "Cette consultation n'a pas de question avec cet identifiant.");
    }

    private ConsultationChange record(Actor actor, ConsultationChange change, ConsultationState to, String detail,
                                      Instant now) {
        newHistory.add(new HistoryEntry(now, actor.email(), actor.name(), change, state, to, detail));
        state = to;
        version++;
        updatedAt = now;
        return change;
    }

    private static void check(ConsultationDetails details) {
        if (details.reference() == null || !REFERENCE.matcher(details.reference()).matches()) {
            throw new ConsultationRuleException("reference", "La référence comporte de 1 à 40 caractères : lettres "
                    + "sans accent, chiffres, « _ », « . », « / » ou « - », en commençant par une lettre ou un chiffre.");
        }
        requireText("objet", details.objet(), MAX_OBJET, "L'objet");
        if (details.objet().chars().anyMatch(Character::isISOControl)) {
            throw new ConsultationRuleException("objet", "L'objet tient sur une ligne, sans tabulation ni caractère "
                    + "de contrôle.");
        }
        checkAmount("montantEstime", details.estimatedAmount());
        Set<Integer> numbers = new HashSet<>();
        if (details.lots().size() > MAX_LOTS) {
            throw new ConsultationRuleException("lots", "Une consultation compte au plus " + MAX_LOTS + " lots.");
        }
        for (int i = 0; i < details.lots().size(); i++) {
            Lot lot = details.lots().get(i);
            if (lot.numero() < 1 || !numbers.add(lot.numero())) {
                throw new ConsultationRuleException("lots[" + i + "].numero",
                        "Chaque lot a un numéro à partir de 1, différent de ceux des autres lots.");
            }
            requireText("lots[" + i + "].intitule", lot.intitule(), MAX_LOT_TITLE, "L'intitulé du lot");
            if (lot.estimatedAmount() != null) {
                checkAmount("lots[" + i + "].montantEstime", lot.estimatedAmount());
            }
        }
    }

    private static void checkAmount(String field, BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
            throw new ConsultationRuleException(field, "Le montant est en euros HT, positif, avec au plus deux "
                    + "décimales et inférieur à 100 milliards.");
        }
    }

    private static void requireText(String field, String text, int max, String what) {
        if (text == null || text.isBlank()) {
            throw new ConsultationRuleException(field, what + " est obligatoire.");
        }
        if (text.strip().length() > max) {
            throw new ConsultationRuleException(field, what + " compte au plus " + max + " caractères.");
        }
    }

    /** The history lines added since it was read, handed once to the repository. */
    public List<HistoryEntry> takeNewHistory() {
        List<HistoryEntry> taken = List.copyOf(newHistory);
        newHistory.clear();
        return taken;
    }

    public UUID id() {
        return id;
    }

    public String buyerSiren() {
        return buyerSiren;
    }

    public String buyerName() {
        return buyerName;
    }

    public String authorEmail() {
        return authorEmail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ConsultationDetails details() {
        return details;
    }

    public List<DocumentRef> dce() {
        return List.copyOf(dce);
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    public ConsultationState state() {
        return state;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<Instant> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<String> outcomeReason() {
        return Optional.ofNullable(outcomeReason);
    }

    public List<AwardedLot> awards() {
        return List.copyOf(awards);
    }
}
