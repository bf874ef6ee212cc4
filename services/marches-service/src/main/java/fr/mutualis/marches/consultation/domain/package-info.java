/** The consultation and its rules, plain Java: details, DCE, lifecycle, questions and answers, history. */
@NamedInterface("domain")
package fr.mutualis.marches.consultation.domain;

import org.springframework.modulith.NamedInterface;
