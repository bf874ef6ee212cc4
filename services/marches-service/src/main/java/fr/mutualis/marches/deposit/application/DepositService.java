package fr.mutualis.marches.deposit.application;

import fr.mutualis.envelope.EnvelopeEncryption;
import fr.mutualis.envelope.SealedEnvelope;
import fr.mutualis.files.SealedFile;
import fr.mutualis.marches.consultation.application.ConsultationService;
import fr.mutualis.marches.consultation.application.ParisTime;
import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationLifecycleException;
import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import fr.mutualis.marches.consultation.domain.KeyHolder;
import fr.mutualis.marches.deposit.domain.Deposit;
import fr.mutualis.marches.deposit.domain.DepositEvents;
import fr.mutualis.marches.deposit.domain.DepositRepository;
import fr.mutualis.marches.deposit.domain.DepositedFile;
import fr.mutualis.marches.files.MarchesFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Companies deposit their bids; each deposit is sealed for the key holders and acknowledged at once. */
@Service
public class DepositService {

    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ParisTime.PARIS);
    private static final int MAX_COMPANY_NAME = 200;

    private final ConsultationService consultations;
    private final DepositRepository deposits;
    private final DepositEvents events;
    private final MarchesFiles files;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DepositService(ConsultationService consultations, DepositRepository deposits, DepositEvents events,
                   MarchesFiles files, Clock clock, PlatformTransactionManager transactions) {
        this.consultations = consultations;
        this.deposits = deposits;
        this.events = events;
        this.files = files;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A file as the company sends it. */
    public interface Upload {

        String name();

        InputStream open() throws IOException;
    }

    /**
     * Checks and seals every file of a deposit whose upload was complete at {@code receivedAt}, then records it: late
     * if {@code receivedAt} is not before the deadline (kept, flagged, never opened as a bid). The time that counts is
     * the reception's, not the end of the checks, which may take a while for large files.
     */
    public Deposit deposit(UUID consultationId, List<Upload> uploads, boolean test, String companyName, Actor company,
                           Instant receivedAt) {
        if (!company.company()) {
            throw new ConsultationLifecycleException("Seul le compte d'une entreprise dépose une offre.");
        }
        if (uploads.isEmpty() || uploads.size() > Deposit.MAX_FILES) {
            throw new ConsultationRuleException("fichiers", "Un dépôt compte de 1 à " + Deposit.MAX_FILES + " fichiers.");
        }
        String name = companyName == null || companyName.isBlank() ? "Entreprise SIRET " + company.siret()
                : companyName.strip();
        if (name.length() > MAX_COMPANY_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new ConsultationRuleException("raisonSociale", "La raison sociale tient sur une ligne de "
                    + MAX_COMPANY_NAME + " caractères au plus, sans caractère de contrôle.");
        }
        requireReceiving(consultations.readable(consultationId, Optional.empty()));
        Map<String, byte[]> recipients = new LinkedHashMap<>();
        for (KeyHolder holder : consultations.keyHoldersOfPublished(consultationId)) {
            recipients.put(holder.role(), holder.publicKey());
        }
        UUID reception = UUID.randomUUID();
        deposits.receptionStarted(reception, consultationId, receivedAt);
        try {
            List<DepositedFile> received = new ArrayList<>();
            List<Map<String, byte[]>> wrappedKeys = new ArrayList<>();
            for (Upload upload : uploads) {
                AtomicReference<SealedEnvelope> envelope = new AtomicReference<>();
                SealedFile sealed;
                try (InputStream content = upload.open()) {
                    sealed = files.acceptSealed(content, upload.name(),
                            (plain, out) -> envelope.set(EnvelopeEncryption.seal(plain, out, recipients)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                received.add(new DepositedFile(sealed.content().name(), sealed.content().mediaType(),
                        sealed.content().size(), sealed.content().sha256(), sealed.sealedSha256()));
                wrappedKeys.add(envelope.get().wrappedDataKeys());
            }
            // The deposit row, its event and the end of the reception in one transaction, the consultation locked
            // against the opening meanwhile.
            return transaction.execute(status -> {
                Consultation consultation = requireReceiving(consultations.lockedForDeposit(consultationId));
                UUID id = UUID.randomUUID();
                Deposit deposit = new Deposit(id, consultationId, company.siret(), name, company.email(), receivedAt,
                        !consultation.acceptsBidsAt(receivedAt), test, receiptNumber(receivedAt, id), received,
                        wrappedKeys, List.of());
                deposits.insert(deposit);
                events.deposited(deposit, consultation.buyerSiren());
                deposits.receptionEnded(reception);
                return deposit;
            });
        } finally {
            deposits.receptionEnded(reception);
        }
    }

    private static Consultation requireReceiving(Consultation consultation) {
        if (!consultation.receivesDeposits()) {
            throw new ConsultationLifecycleException("Cette consultation a été déclarée sans suite : elle ne reçoit "
                    + "plus de dépôts.");
        }
        return consultation;
    }

    /** A deposit of the signed-in company, with its receipt. */
    public Receipt receipt(UUID depositId, Actor company) {
        Deposit deposit = deposits.find(depositId).filter(found -> company.company()
                        && found.siret().equals(company.siret()))
                .orElseThrow(() -> new DepositNotFoundException(depositId));
        return Receipt.of(deposit, consultations.readable(deposit.consultationId(), Optional.empty()));
    }

    public List<Receipt> mine(Actor company) {
        if (!company.company()) {
            return List.of();
        }
        return deposits.ofCompany(company.siret(), 500).stream()
                .map(deposit -> Receipt.of(deposit, consultations.readable(deposit.consultationId(),
                        Optional.empty())))
                .toList();
    }

    /** {@code MUT-20270115-113012-4F2A9C0B}: the Paris time of reception and 32 random bits of the deposit's id. */
    private static String receiptNumber(Instant at, UUID id) {
        return "MUT-" + RECEIPT_DATE.format(at) + "-"
                + HexFormat.of().withUpperCase().toHexDigits((int) (id.getLeastSignificantBits() >>> 32));
    }

    /** No deposit of the signed-in company has this id. */
    public static final class DepositNotFoundException extends RuntimeException {

        public DepositNotFoundException(UUID id) {
            super("Deposit " + id + " not found");
        }
    }
}
