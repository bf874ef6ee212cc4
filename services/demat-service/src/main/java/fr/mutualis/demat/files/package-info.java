/**
 * The actes' files: what démat accepts (the acte as PDF, annexes as PDF or images), checked, scanned and stored by
 * {@code libs/document-files}.
 */
@ApplicationModule(allowedDependencies = {})
package fr.mutualis.demat.files;

import org.springframework.modulith.ApplicationModule;
