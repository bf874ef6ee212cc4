package fr.mutualis.marches.award.domain;

import fr.mutualis.marches.consultation.domain.Holder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A modification of a notified contract (avenant), as the DECP publishes it: only what changed, the initial data
 * never being rewritten.
 *
 * @param id        1 for the first modification, and so on
 * @param amount    the new total amount, when it changes
 * @param holders   the new holders, when they change
 */
public record Modification(int id, String objet, Integer durationMonths, BigDecimal amount, List<Holder> holders,
                           LocalDate notifiedOn, LocalDate publishedOn) {
}
