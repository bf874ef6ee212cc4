@NamedInterface("application")
package fr.mutualis.marches.award.application;

import org.springframework.modulith.NamedInterface;
