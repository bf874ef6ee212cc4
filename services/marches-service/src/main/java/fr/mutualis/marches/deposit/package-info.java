/**
 * Companies' deposits: received before or after the deadline (kept either way, a late one flagged), sealed for the
 * consultation's key holders, and acknowledged at once by a receipt (JSON and PDF) and an event without content.
 */
@ApplicationModule(allowedDependencies = {"consultation::domain", "consultation::application", "consultation::web",
        "files"})
package fr.mutualis.marches.deposit;

import org.springframework.modulith.ApplicationModule;
