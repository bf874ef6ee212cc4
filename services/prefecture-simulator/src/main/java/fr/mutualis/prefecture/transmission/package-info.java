/**
 * The transmissions of actes to the contrôle de légalité: reception of the envelope and its files, acknowledgement
 * or refusal, request for additional pieces, cancellation. Each transmission belongs to the tiers that sent it.
 */
@ApplicationModule(allowedDependencies = {})
package fr.mutualis.prefecture.transmission;

import org.springframework.modulith.ApplicationModule;
