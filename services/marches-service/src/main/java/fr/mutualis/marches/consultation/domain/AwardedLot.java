package fr.mutualis.marches.consultation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a consultation says of its award: for each lot (or the whole consultation, {@code lot} absent), the contract,
 * its holders and its amount. The contract itself (duration, price, modifications) is the award module's.
 */
public record AwardedLot(UUID contractId, Integer lot, List<Holder> holders, BigDecimal amount) {

    public AwardedLot {
        holders = List.copyOf(holders);
    }
}
