package fr.mutualis.experience.record.domain;

import java.util.List;

/**
 * What the project cost and who paid for it, in euros.
 *
 * @param totalEuros the total cost, null when only fundings are known
 * @param fundings   the co-financings (État, FEDER, Région…), at most 20
 */
public record Budget(Long totalEuros, List<Funding> fundings) {

    public Budget {
        if (totalEuros != null && totalEuros < 0) {
            throw new ExperienceRecordRuleException("budget.totalEuros", "The total must not be negative");
        }
        fundings = Texts.list(fundings, "budget.fundings", 20);
    }

    /** One co-financing of the project. */
    public record Funding(String funder, long amountEuros) {

        public Funding {
            funder = Texts.required(funder, "budget.fundings.funder", 200);
            if (amountEuros < 0) {
                throw new ExperienceRecordRuleException("budget.fundings.amountEuros", "An amount must not be negative");
            }
        }
    }
}
