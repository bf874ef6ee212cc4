package fr.mutualis.marches.award.application;

import fr.mutualis.identifiers.InseeIdentifiers;
import fr.mutualis.marches.award.domain.Contract;
import fr.mutualis.marches.award.domain.ContractEvents;
import fr.mutualis.marches.award.domain.ContractRepository;
import fr.mutualis.marches.award.domain.ContractState;
import fr.mutualis.marches.award.domain.ContractTerms;
import fr.mutualis.marches.consultation.application.ConsultationChanges;
import fr.mutualis.marches.consultation.application.ConsultationService;
import fr.mutualis.marches.consultation.application.Nomenclatures;
import fr.mutualis.marches.consultation.application.Nomenclatures.DecpList;
import fr.mutualis.marches.consultation.application.ParisTime;
import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.marches.consultation.domain.AwardedLot;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import fr.mutualis.marches.consultation.domain.Holder;
import fr.mutualis.marches.consultation.domain.Lot;
import fr.mutualis.marches.deposit.domain.Bids;
import fr.mutualis.marches.deposit.domain.DepositRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Awarding a consultation, notifying and modifying its contracts. */
@Service
public class AwardService {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");

    private final ConsultationService consultations;
    private final ConsultationChanges changes;
    private final ContractRepository contracts;
    private final ContractEvents events;
    private final DepositRepository deposits;
    private final Nomenclatures nomenclatures;
    private final Clock clock;

    AwardService(ConsultationService consultations, ConsultationChanges changes, ContractRepository contracts,
                 ContractEvents events, DepositRepository deposits, Nomenclatures nomenclatures, Clock clock) {
        this.consultations = consultations;
        this.changes = changes;
        this.contracts = contracts;
        this.events = events;
        this.deposits = deposits;
        this.nomenclatures = nomenclatures;
        this.clock = clock;
    }

    /** One contract per awarded lot, and the consultation « attribuée », in one transaction. */
    @Transactional
    public List<Contract> award(UUID consultationId, AwardCommand command, Actor buyer) {
        Consultation consultation = consultations.readableByBuyer(consultationId, buyer);
        if (command == null || command.attributions() == null || command.attributions().isEmpty()) {
            throw new ConsultationRuleException("attributions", "Attribuez au moins un lot, ou déclarez la "
                    + "consultation infructueuse.");
        }
        int offers = Bids.of(deposits.ofConsultation(consultationId)).size();
        if (offers == 0) {
            throw new ConsultationRuleException("attributions", "Aucune offre n'a été reçue dans les délais : la "
                    + "consultation ne peut pas être attribuée ; déclarez-la infructueuse.");
        }
        Instant now = clock.instant();
        List<Contract> awarded = new ArrayList<>();
        for (int i = 0; i < command.attributions().size(); i++) {
            AwardCommand.LotAward line = command.attributions().get(i);
            String prefix = "attributions[" + i + "].";
            if (line == null) {
                throw new ConsultationRuleException("attributions[" + i + "]", "Cette attribution est vide.");
            }
            ContractTerms terms = terms(line, prefix);
            UUID id = UUID.randomUUID();
            Optional<Lot> lot = consultation.details().lots().stream()
                    .filter(candidate -> line.lot() != null && candidate.numero() == line.lot()).findFirst();
            awarded.add(new Contract(id, decpId(now, id), consultationId, consultation.buyerSiren(), buyer.siret(),
                    consultation.buyerName(), line.lot(), lot.map(found -> consultation.details().objet() + " - Lot "
                    + found.numero() + " : " + found.intitule()).orElse(consultation.details().objet()),
                    consultation.details().cpv(), consultation.details().procedure(), consultation.details().nature(),
                    consultation.details().category().code(), consultation.details().placeOfExecution(),
                    consultation.details().estimatedAmount(), terms, offers, ContractState.ATTRIBUE, null, null,
                    List.of(), 1, now));
        }
        changes.change(consultationId, buyer, found -> found.award(awarded.stream()
                .map(contract -> new AwardedLot(contract.id(), contract.lot(), contract.terms().holders(),
                        contract.terms().amount())).toList(), buyer, now));
        awarded.forEach(contracts::save);
        return awarded;
    }

    @Transactional
    public Contract notify(UUID contractId, AwardCommand.NotificationCommand command, Actor buyer) {
        Contract contract = ownContract(contractId, buyer);
        Contract notified = contract.notify(date("dateNotification", command.dateNotification()), today(),
                clock.instant());
        contracts.save(notified);
        events.notified(notified);
        return notified;
    }

    @Transactional
    public Contract modify(UUID contractId, AwardCommand.ModificationCommand command, Actor buyer) {
        Contract contract = ownContract(contractId, buyer);
        List<Holder> holders = command.titulaires() == null ? null : holders(command.titulaires(), "titulaires");
        if (command.montant() != null && command.montant().compareTo(MAX_AMOUNT) > 0) {
            throw new ConsultationRuleException("montant", "Le montant est inférieur à 100 milliards d'euros.");
        }
        Contract modified = contract.modify(command.objet(), command.dureeMois(), command.montant(), holders,
                date("dateNotification", command.dateNotification()), today(), clock.instant());
        contracts.save(modified);
        events.modified(modified);
        return modified;
    }

    /**
     * The contracts of a consultation: all of them for its buyer; for anyone else those notified, whose holders and
     * amounts are public (before, during the standstill, the award may still be challenged).
     */
    public List<Contract> ofConsultation(UUID consultationId, Optional<Actor> reader) {
        Consultation consultation = consultations.readable(consultationId, reader);
        boolean buyer = reader.map(actor -> actor.buys(consultation.buyerSiren())).orElse(false);
        return contracts.ofConsultation(consultationId).stream()
                .filter(contract -> buyer || contract.state() == ContractState.NOTIFIE).toList();
    }

    /** A buyer's contracts notified in {@code year} or before: public, as their essential data are. */
    public List<Contract> notifiedUpTo(String buyerSiren, int year) {
        return contracts.notifiedUpTo(buyerSiren, year);
    }

    private Contract ownContract(UUID contractId, Actor buyer) {
        return contracts.findForUpdate(contractId).filter(found -> buyer.buys(found.buyerSiren()))
                .orElseThrow(() -> new ContractNotFoundException(contractId));
    }

    private ContractTerms terms(AwardCommand.LotAward line, String prefix) {
        if (line.montant() == null || line.montant().signum() <= 0 || line.montant().scale() > 2
                || line.montant().compareTo(MAX_AMOUNT) > 0) {
            throw new ConsultationRuleException(prefix + "montant", "Le montant est en euros HT, positif, avec au "
                    + "plus deux décimales et inférieur à 100 milliards.");
        }
        if (line.dureeMois() == null || line.dureeMois() < 1 || line.dureeMois() > 1200) {
            throw new ConsultationRuleException(prefix + "dureeMois", "La durée est un nombre de mois entre 1 et 1200.");
        }
        boolean advance = Boolean.TRUE.equals(line.attributionAvance());
        BigDecimal rate = line.tauxAvance() == null ? BigDecimal.ZERO : line.tauxAvance();
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || (!advance && rate.signum() != 0)) {
            throw new ConsultationRuleException(prefix + "tauxAvance", "Le taux de l'avance est entre 0 et 1 "
                    + "(0.05 = 5 %), et seulement si une avance est attribuée.");
        }
        return new ContractTerms(holders(line.titulaires(), prefix + "titulaires"), line.montant(), line.dureeMois(),
                nomenclatures.label(DecpList.PRICE_FORM, prefix + "formePrix", line.formePrix()),
                labels(DecpList.PRICE_TYPE, prefix + "typesPrix", line.typesPrix(), null),
                nomenclatures.label(DecpList.CCAG, prefix + "ccag", Optional.ofNullable(line.ccag())
                        .orElse("Pas de CCAG")),
                labels(DecpList.TECHNIQUE, prefix + "techniques", line.techniques(), "Sans objet"),
                labels(DecpList.EXECUTION_MODE, prefix + "modalitesExecution", line.modalitesExecution(),
                        "Sans objet"),
                nomenclatures.label(DecpList.GROUPING_TYPE, prefix + "typeGroupementOperateurs",
                        Optional.ofNullable(line.typeGroupementOperateurs()).orElse("Pas de groupement")),
                Boolean.TRUE.equals(line.marcheInnovant()),
                labels(DecpList.SOCIAL_CONSIDERATION, prefix + "considerationsSociales", line.considerationsSociales(),
                        "Pas de considération sociale"),
                labels(DecpList.ENVIRONMENTAL_CONSIDERATION, prefix + "considerationsEnvironnementales",
                        line.considerationsEnvironnementales(), "Pas de considération environnementale"),
                Boolean.TRUE.equals(line.sousTraitanceDeclaree()), advance, rate);
    }

    private List<String> labels(DecpList list, String field, List<String> values, String orElse) {
        if (values == null || values.isEmpty()) {
            if (orElse == null) {
                throw new ConsultationRuleException(field, "Indiquez au moins une valeur.");
            }
            return List.of(orElse);
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String label = nomenclatures.label(list, field + "[" + i + "]", values.get(i));
            if (checked.contains(label)) {
                throw new ConsultationRuleException(field + "[" + i + "]", "Cette valeur figure déjà dans la liste.");
            }
            checked.add(label);
        }
        return checked;
    }

    private List<Holder> holders(List<AwardCommand.HolderCommand> commands, String field) {
        if (commands == null || commands.isEmpty()) {
            throw new ConsultationRuleException(field, "Indiquez au moins un titulaire.");
        }
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            AwardCommand.HolderCommand command = commands.get(i);
            String prefix = field + "[" + i + "].";
            if (command == null) {
                throw new ConsultationRuleException(field + "[" + i + "]", "Ce titulaire est vide.");
            }
            String type = nomenclatures.label(DecpList.HOLDER_ID_TYPE, prefix + "typeIdentifiant",
                    Optional.ofNullable(command.typeIdentifiant()).orElse("SIRET"));
            String id = command.id() == null ? "" : command.id().strip();
            if ("SIRET".equals(type) ? !InseeIdentifiers.isSiret(id) : !id.matches("[A-Za-z0-9 -]{1,40}")) {
                throw new ConsultationRuleException(prefix + "id", "SIRET".equals(type)
                        ? "Le SIRET compte 14 chiffres et sa clé de contrôle doit être juste."
                        : "L'identifiant compte de 1 à 40 lettres, chiffres, espaces ou tirets.");
            }
            if (command.denomination() == null || command.denomination().isBlank()
                    || command.denomination().length() > 200) {
                throw new ConsultationRuleException(prefix + "denomination", "La dénomination du titulaire est "
                        + "obligatoire (200 caractères au plus).");
            }
            if (holders.stream().anyMatch(holder -> holder.identifierType().equals(type) && holder.id().equals(id))) {
                throw new ConsultationRuleException(prefix + "id", "Ce titulaire figure déjà dans la liste.");
            }
            holders.add(new Holder(type, id, command.denomination().strip()));
        }
        return holders;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ParisTime.PARIS));
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new ConsultationRuleException(field, "La date s'écrit AAAA-MM-JJ, par exemple 2027-02-01.");
        }
    }

    /** The DECP's number of a contract: the year of the award and part of its id, 13 characters. */
    private static String decpId(Instant now, UUID id) {
        long high = id.getMostSignificantBits();
        return now.atZone(ParisTime.PARIS).getYear() + "M" + HexFormat.of().withUpperCase().toHexDigits(high)
                .substring(0, 8);
    }

    /** No contract the caller may change has this id. */
    public static class ContractNotFoundException extends RuntimeException {

        public ContractNotFoundException(UUID id) {
            super("Contract " + id + " not found");
        }
    }
}
