package fr.mutualis.experience.record.domain;

import java.util.List;

/**
 * What the project cost and who paid for it, in euros.
 *
 * @param totalEuros the total cost, null when only fundings are known
 * @param fundings   the co-financings (État, FEDER, Région…), at most {@value #MAX_FUNDINGS}, together no more than
 *                   the total when it is known
 */
public record Budget(Long totalEuros, List<Funding> fundings) {

    /**
     * The largest amount a project may state: a regional very-high-speed network, the costliest project of a
     * collectivité, is counted in billions; a larger figure is a typo (cents typed as euros, a digit too many).
     */
    public static final long MAX_EUROS = 10_000_000_000L;
    public static final int MAX_FUNDINGS = 20;

    public Budget {
        if (totalEuros != null && !isAmount(totalEuros)) {
            throw new ExperienceRecordRuleException("budget.totalEuros", "The total is out of range: " + totalEuros);
        }
        fundings = Texts.list(fundings, "budget.fundings", MAX_FUNDINGS);
        // At most 20 amounts of at most 10^10 each: the sum cannot overflow.
        long funded = fundings.stream().mapToLong(Funding::amountEuros).sum();
        if (totalEuros != null && funded > totalEuros) {
            throw new ExperienceRecordRuleException("budget.fundings", "The fundings exceed the total");
        }
    }

    /** One co-financing of the project. */
    public record Funding(String funder, long amountEuros) {

        public Funding {
            funder = Texts.required(funder, "budget.fundings.funder", 200);
            if (!isAmount(amountEuros)) {
                throw new ExperienceRecordRuleException("budget.fundings.amountEuros",
                        "The amount is out of range: " + amountEuros);
            }
        }
    }

    private static boolean isAmount(long euros) {
        return euros >= 0 && euros <= MAX_EUROS;
    }
}
