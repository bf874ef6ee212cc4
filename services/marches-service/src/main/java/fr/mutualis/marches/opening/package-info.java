/**
 * The opening of the bids: an explicit, logged act of a key holder after the deadline, with their passphrase; then
 * the buyer reads the bids (each company's last deposit on time), never the late ones.
 */
@ApplicationModule(allowedDependencies = {"consultation::domain", "consultation::application", "consultation::web",
        "deposit::domain", "files"})
package fr.mutualis.marches.opening;

import org.springframework.modulith.ApplicationModule;
