package fr.mutualis.marches.deposit.domain;

/** Publishes that a deposit was received ({@code marches.bid.deposited}), without its content nor its company. */
public interface DepositEvents {

    void deposited(Deposit deposit, String buyerSiren);
}
