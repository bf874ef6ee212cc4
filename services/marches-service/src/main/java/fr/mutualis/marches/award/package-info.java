/**
 * The award: one contract per lot with its holders, amount, duration and price, its notification and its later
 * modifications (avenants), each published as an event and in the open data.
 */
@ApplicationModule(allowedDependencies = {"consultation::domain", "consultation::application", "consultation::web",
        "deposit::domain"})
package fr.mutualis.marches.award;

import org.springframework.modulith.ApplicationModule;
