package fr.mutualis.marches.deposit.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which deposits are the bids of a consultation: each company's last deposit on time, tests aside. */
public final class Bids {

    private Bids() {
    }

    public static List<Deposit> of(List<Deposit> deposits) {
        Map<String, Deposit> lastPerCompany = deposits.stream().filter(Deposit::isEligible)
                .collect(Collectors.toMap(Deposit::siret, Function.identity(),
                        (first, second) -> second.depositedAt().isAfter(first.depositedAt()) ? second : first));
        return lastPerCompany.values().stream().sorted(Comparator.comparing(Deposit::depositedAt)).toList();
    }
}
