/** Demonstration consultations, taken to their states through the use cases at start-up when enabled. */
@ApplicationModule(allowedDependencies = {"consultation::domain", "consultation::application", "deposit::domain",
        "deposit::application", "opening::application", "award::application", "award::domain"})
package fr.mutualis.marches.demo;

import org.springframework.modulith.ApplicationModule;
