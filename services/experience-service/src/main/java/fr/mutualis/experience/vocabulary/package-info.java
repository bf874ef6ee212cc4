/**
 * The domain vocabulary of the benchmark's search (synonyms, acronyms, protected words), managed by the syndicate's
 * administrators, audited, and published whole at each revision for search-service to apply without restarting.
 */
@ApplicationModule
package fr.mutualis.experience.vocabulary;

import org.springframework.modulith.ApplicationModule;
