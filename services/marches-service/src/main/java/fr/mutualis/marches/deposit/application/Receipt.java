package fr.mutualis.marches.deposit.application;

import fr.mutualis.marches.consultation.application.ParisTime;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.deposit.domain.Deposit;
import java.util.List;

/**
 * The accusé de réception of a deposit, given at once: who received what and when, by the platform's clock. It
 * proves the deposit, its time and the exact files (their SHA-256), not their content.
 */
public record Receipt(String numero, String depotId, String horodatage, boolean horsDelai, boolean test,
                      String acheteur, String sirenAcheteur, String consultationId, String referenceConsultation,
                      String objetConsultation, String dateLimite, String siretEntreprise, String entreprise,
                      String deposant, List<ReceiptFile> fichiers) {

    public record ReceiptFile(String nom, String typeMedia, long taille, String sha256) {
    }

    public static Receipt of(Deposit deposit, Consultation consultation) {
        return new Receipt(deposit.receiptNumber(), deposit.id().toString(), ParisTime.format(deposit.depositedAt()),
                deposit.late(), deposit.test(), consultation.buyerName(), consultation.buyerSiren(),
                consultation.id().toString(), consultation.details().reference(), consultation.details().objet(),
                ParisTime.format(consultation.details().deadline()), deposit.siret(), deposit.companyName(),
                deposit.depositorEmail(), deposit.files().stream()
                        .map(file -> new ReceiptFile(file.name(), file.mediaType(), file.size(), file.sha256()))
                        .toList());
    }
}
