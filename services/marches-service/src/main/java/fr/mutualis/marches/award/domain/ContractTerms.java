package fr.mutualis.marches.award.domain;

import fr.mutualis.marches.consultation.domain.Holder;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the buyer decides when awarding a lot, in the DECP's words (labels already checked against its lists).
 *
 * @param amount      euros HT, the fixed or maximum estimated amount
 * @param advanceRate the advance as a share of the amount (0.05 = 5 %), when one is granted
 */
public record ContractTerms(List<Holder> holders, BigDecimal amount, int durationMonths, String priceForm,
                            List<String> priceTypes, String ccag, List<String> techniques,
                            List<String> executionModes, String groupingType, boolean innovative,
                            List<String> socialConsiderations, List<String> environmentalConsiderations,
                            boolean subcontractingDeclared, boolean advanceGranted, BigDecimal advanceRate) {

    public ContractTerms {
        holders = List.copyOf(holders);
        priceTypes = List.copyOf(priceTypes);
        techniques = List.copyOf(techniques);
        executionModes = List.copyOf(executionModes);
        socialConsiderations = List.copyOf(socialConsiderations);
        environmentalConsiderations = List.copyOf(environmentalConsiderations);
    }
}
