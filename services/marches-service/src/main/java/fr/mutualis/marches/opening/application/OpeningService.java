package fr.mutualis.marches.opening.application;

import fr.mutualis.envelope.EnvelopeEncryption;
import fr.mutualis.envelope.KeyHolderKeys;
import fr.mutualis.marches.consultation.application.ConsultationChanges;
import fr.mutualis.marches.consultation.application.ConsultationService;
import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationLifecycleException;
import fr.mutualis.marches.consultation.domain.ConsultationState;
import fr.mutualis.marches.consultation.domain.KeyHolder;
import fr.mutualis.marches.deposit.domain.Bids;
import fr.mutualis.marches.deposit.domain.Deposit;
import fr.mutualis.marches.deposit.domain.DepositRepository;
import fr.mutualis.marches.deposit.domain.DepositedFile;
import fr.mutualis.marches.files.MarchesFiles;
import fr.mutualis.service.secrets.SecretBox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a consultation's bids once its deadline passed. The key holder's passphrase unseals their private key in
 * memory only; each bid's data keys are unwrapped and kept sealed by the service's own key, so that the buyer reads
 * the bids afterwards without the passphrase (ADR 0025). Late and test deposits, and deposits replaced by a later
 * one, are never opened.
 */
@Service
public class OpeningService {

    /** A reception marker older than this is a crashed one (a deposit is checked in minutes), not one to wait for. */
    private static final java.time.Duration STALE_RECEPTION = java.time.Duration.ofHours(1);

    private final ConsultationService consultations;
    private final ConsultationChanges changes;
    private final DepositRepository deposits;
    private final MarchesFiles files;
    private final SecretBox secrets;
    private final Clock clock;

    OpeningService(ConsultationService consultations, ConsultationChanges changes, DepositRepository deposits,
                   MarchesFiles files, SecretBox secrets, Clock clock) {
        this.consultations = consultations;
        this.changes = changes;
        this.deposits = deposits;
        this.files = files;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** What the buyer reads of the deposits: their count before the opening, the bids and the rest after. */
    public record Register(boolean opened, long depositCount, List<Deposit> bids, List<Deposit> late,
                           List<Deposit> replaced) {
    }

    @Transactional
    public Consultation open(UUID consultationId, char[] passphrase, Actor actor) {
        try {
            Consultation consultation = consultations.readableByBuyer(consultationId, actor);
            KeyHolder holder = consultations.keyHolders(consultationId, actor).stream()
                    .filter(candidate -> candidate.email().equals(actor.email())).findFirst()
                    .orElseThrow(NotAKeyHolderException::new);
            if (consultation.state() == ConsultationState.PUBLIEE
                    && clock.instant().isBefore(consultation.details().deadline())) {
                // Refused before the passphrase is even tried: before the deadline, nothing is ever unsealed.
                throw new ConsultationLifecycleException("Les offres ne s'ouvrent qu'après la date limite de remise "
                        + "des offres.");
            }
            if (deposits.receptionInProgress(consultationId, consultation.details().deadline(),
                    clock.instant().minus(STALE_RECEPTION))) {
                throw new ConsultationLifecycleException("Un dépôt reçu avant la date limite est encore en cours de "
                        + "vérification : réessayez dans quelques instants.");
            }
            PrivateKey privateKey = KeyHolderKeys.unseal(holder.sealedPrivateKey(), passphrase);
            if (consultation.state() == ConsultationState.PUBLIEE) {
                // The deadline passed before the watch closed it: closed first, its own event, then opened.
                changes.changePublished(consultationId, found -> found.state() == ConsultationState.PUBLIEE
                        ? found.close(clock.instant()) : null);
            }
            Consultation opened = changes.change(consultationId, actor, found -> found.open(actor, clock.instant()));
            for (Deposit bid : Bids.of(deposits.ofConsultation(consultationId))) {
                List<String> sealedKeys = new ArrayList<>();
                for (Map<String, byte[]> wrapped : bid.wrappedKeys()) {
                    byte[] dataKey = EnvelopeEncryption.unwrapDataKey(wrapped.get(holder.role()), privateKey);
                    sealedKeys.add(secrets.seal(Base64.getEncoder().encodeToString(dataKey)));
                    Arrays.fill(dataKey, (byte) 0);
                }
                deposits.saveOpenedKeys(bid.id(), sealedKeys);
            }
            return opened;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    public Register register(UUID consultationId, Actor buyer) {
        Consultation consultation = consultations.readableByBuyer(consultationId, buyer);
        List<Deposit> all = deposits.ofConsultation(consultationId);
        if (consultation.openedAt().isEmpty()) {
            return new Register(false, all.size(), List.of(), List.of(), List.of());
        }
        List<Deposit> bids = Bids.of(all);
        List<Deposit> late = all.stream().filter(deposit -> deposit.late() && !deposit.test()).toList();
        List<Deposit> replaced = all.stream().filter(Deposit::isEligible).filter(deposit -> !bids.contains(deposit))
                .toList();
        return new Register(true, all.size(), bids, late, replaced);
    }

    /** A file of an opened bid. */
    public record OpenedFile(DepositedFile file, InputStream content) {
    }

    /**
     * Decrypts a file of an opened bid into a temporary file and checks it is exactly what the receipt lists (its
     * SHA-256) before handing it out; the temporary file goes when the stream is closed.
     */
    public OpenedFile read(UUID depositId, int index, Actor buyer) {
        Deposit deposit = deposits.find(depositId).orElseThrow(() -> new BidFileNotFoundException());
        consultations.readableByBuyer(deposit.consultationId(), buyer);
        if (!deposit.isOpened() || index < 0 || index >= deposit.files().size()) {
            throw new BidFileNotFoundException();
        }
        DepositedFile file = deposit.files().get(index);
        byte[] dataKey = Base64.getDecoder().decode(secrets.open(deposit.openedKeys().get(index)));
        try {
            Path plain = Files.createTempFile("bid-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream sealed = files.open(file.sealedSha256());
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(plain), digest)) {
                EnvelopeEncryption.open(sealed, out, dataKey);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(plain);
                throw e;
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(file.sha256())) {
                Files.deleteIfExists(plain);
                throw new IllegalStateException("The file " + index + " of deposit " + depositId
                        + " does not match its receipt's SHA-256");
            }
            return new OpenedFile(file, new java.io.FilterInputStream(Files.newInputStream(plain)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    Files.deleteIfExists(plain);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** No opened bid file of a consultation of the caller's has this deposit id and index. */
    public static class BidFileNotFoundException extends RuntimeException {

        public BidFileNotFoundException() {
            super("No such opened bid file");
        }
    }
}
