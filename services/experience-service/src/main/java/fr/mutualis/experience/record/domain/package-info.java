/** The records' model; the barometer shares its axes ({@code Axis}). */
@NamedInterface("domain")
package fr.mutualis.experience.record.domain;

import org.springframework.modulith.NamedInterface;
