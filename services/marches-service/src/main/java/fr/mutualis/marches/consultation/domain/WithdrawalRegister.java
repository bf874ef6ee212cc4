package fr.mutualis.marches.consultation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The registre des retraits of each consultation, and what its named companies are told. */
public interface WithdrawalRegister {

    void record(UUID consultationId, Withdrawal withdrawal);

    List<Withdrawal> of(UUID consultationId);

    /** Tells each company that withdrew the DCE of {@code consultationId} (once per company). */
    void notifyWithdrawers(UUID consultationId, String message, Instant at);

    List<CompanyNotice> noticesOf(String siret, int limit);

    /** What a company reads in its notices: a change of a DCE it withdrew, an answer to a question. */
    record CompanyNotice(UUID consultationId, Instant at, String message) {
    }
}
