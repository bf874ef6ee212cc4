/** The consultations' web adapter; {@link fr.mutualis.marches.consultation.web.Actors} serves every module's. */
@NamedInterface("web")
package fr.mutualis.marches.consultation.web;

import org.springframework.modulith.NamedInterface;
