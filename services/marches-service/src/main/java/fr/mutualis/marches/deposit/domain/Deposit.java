package fr.mutualis.marches.deposit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A company's deposit on a consultation: what it sent, when the platform received it (its clock), and whether that
 * was before the deadline. Its files' data keys are wrapped for the consultation's key holders; {@code openedKeys}
 * holds them once a key holder opened the bids (re-wrapped with the service's key), for the deposits that count.
 *
 * @param wrappedKeys per file, in the order of {@code files}: key holder role → wrapped data key
 * @param openedKeys  per file, its data key sealed by the service; empty until the opening, and for ever for a late
 *                    or test deposit
 */
public record Deposit(UUID id, UUID consultationId, String siret, String companyName, String depositorEmail,
                      Instant depositedAt, boolean late, boolean test, String receiptNumber, List<DepositedFile> files,
                      List<Map<String, byte[]>> wrappedKeys, List<String> openedKeys) {

    public static final int MAX_FILES = 50;

    public Deposit {
        files = List.copyOf(files);
        wrappedKeys = List.copyOf(wrappedKeys);
        openedKeys = List.copyOf(openedKeys);
    }

    public boolean isOpened() {
        return !openedKeys.isEmpty();
    }

    /** A deposit that may be a bid: on time and not a test. */
    public boolean isEligible() {
        return !late && !test;
    }

    public Deposit opened(List<String> keys) {
        return new Deposit(id, consultationId, siret, companyName, depositorEmail, depositedAt, late, test,
                receiptNumber, files, wrappedKeys, keys);
    }
}
