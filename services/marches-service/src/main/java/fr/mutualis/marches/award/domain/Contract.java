package fr.mutualis.marches.award.domain;

import fr.mutualis.marches.consultation.domain.ConsultationLifecycleException;
import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import fr.mutualis.marches.consultation.domain.Holder;
import fr.mutualis.marches.consultation.domain.PlaceOfExecution;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A contract (marché) born of the award of a lot, or of a consultation without lots: what the consultation said of it,
 * the terms of the award, its notification and modifications. Immutable: each change returns the new contract.
 *
 * @param decpId         the buyer's number of the contract in the DECP (1 to 16 characters)
 * @param buyerSiret     the buyer's establishment, the DECP's {@code acheteur.id}
 * @param needValue      the estimated value of the whole need (the consultation, all lots): the DECP's threshold
 *                       applies to it (article R2196-1), not to each lot's amount
 * @param offersReceived the bids received (each company's last deposit on time), the DECP's {@code offresRecues}
 */
public record Contract(UUID id, String decpId, UUID consultationId, String buyerSiren, String buyerSiret,
                       String buyerName, Integer lot, String objet, String cpv, String procedure, String nature,
                       String category, PlaceOfExecution placeOfExecution, BigDecimal needValue, ContractTerms terms,
                       int offersReceived,
                       ContractState state, LocalDate notifiedOn, LocalDate dataPublishedOn,
                       List<Modification> modifications, long version, Instant updatedAt) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public Contract {
        modifications = List.copyOf(modifications);
    }

    /** Notified to its holders on {@code notifiedOn}; its data are published from {@code today}. */
    public Contract notify(LocalDate notifiedOnDate, LocalDate today, Instant now) {
        if (state != ContractState.ATTRIBUE) {
            throw new ConsultationLifecycleException("Ce marché est déjà notifié.");
        }
        LocalDate awardedOn = LocalDate.ofInstant(updatedAt, PARIS);
        if (notifiedOnDate == null || notifiedOnDate.isAfter(today) || notifiedOnDate.isBefore(awardedOn)) {
            throw new ConsultationRuleException("dateNotification", "La date de notification est celle où le "
                    + "titulaire a reçu le marché : entre l'attribution (" + awardedOn + ") et aujourd'hui.");
        }
        return new Contract(id, decpId, consultationId, buyerSiren, buyerSiret, buyerName, lot, objet, cpv, procedure,
                nature, category, placeOfExecution, needValue, terms, offersReceived, ContractState.NOTIFIE,
                notifiedOnDate, today, modifications, version + 1, now);
    }

    /** An avenant: a new duration, amount or holders, notified on its own date. */
    public Contract modify(String modificationObject, Integer durationMonths, BigDecimal amount, List<Holder> holders,
                           LocalDate modificationNotifiedOn, LocalDate today, Instant now) {
        if (state != ContractState.NOTIFIE) {
            throw new ConsultationLifecycleException("Un marché se modifie une fois notifié.");
        }
        if (durationMonths == null && amount == null && (holders == null || holders.isEmpty())) {
            throw new ConsultationRuleException("", "Une modification change la durée, le montant ou les titulaires.");
        }
        if (modificationObject == null || modificationObject.isBlank() || modificationObject.length() > 1000) {
            throw new ConsultationRuleException("objet", "L'objet de la modification est obligatoire (1000 caractères "
                    + "au plus).");
        }
        LocalDate previous = modifications.isEmpty() ? notifiedOn
                : modifications.get(modifications.size() - 1).notifiedOn();
        if (modificationNotifiedOn == null || modificationNotifiedOn.isBefore(previous)
                || modificationNotifiedOn.isAfter(today)) {
            throw new ConsultationRuleException("dateNotification", "La modification est notifiée après le marché "
                    + "et ses modifications précédentes (" + previous + "), et au plus tard aujourd'hui.");
        }
        if (durationMonths != null && durationMonths < 1) {
            throw new ConsultationRuleException("dureeMois", "La durée est d'au moins un mois.");
        }
        if (amount != null && (amount.compareTo(BigDecimal.ONE) < 0 || amount.scale() > 2)) {
            throw new ConsultationRuleException("montant", "Le montant est en euros HT, d'au moins 1 €, avec au plus "
                    + "deux décimales.");
        }
        List<Modification> changed = new ArrayList<>(modifications);
        changed.add(new Modification(modifications.size() + 1, modificationObject.strip(), durationMonths, amount,
                holders == null || holders.isEmpty() ? null : List.copyOf(holders), modificationNotifiedOn, today));
        return new Contract(id, decpId, consultationId, buyerSiren, buyerSiret, buyerName, lot, objet, cpv, procedure,
                nature, category, placeOfExecution, needValue, terms, offersReceived, state, notifiedOn,
                dataPublishedOn, changed, version + 1, now);
    }
}
