/**
 * The parapheur: an acte's circuit of visas and signatures, by named agents or by any élu, with rejection back to
 * the author and delegations for a period; signatures are PAdES, made and verified with EU DSS.
 */
@ApplicationModule(allowedDependencies = {"acte::domain", "acte::application", "acte::web", "files"})
package fr.mutualis.demat.circuit;

import org.springframework.modulith.ApplicationModule;
