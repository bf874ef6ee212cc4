/** The files of consultations and bids, taken through the platform's one file intake (libs/document-files). */
@ApplicationModule
package fr.mutualis.marches.files;

import org.springframework.modulith.ApplicationModule;
