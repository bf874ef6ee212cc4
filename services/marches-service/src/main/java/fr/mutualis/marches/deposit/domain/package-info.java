/** Deposits and which of them are bids, plain Java. */
@NamedInterface("domain")
package fr.mutualis.marches.deposit.domain;

import org.springframework.modulith.NamedInterface;
