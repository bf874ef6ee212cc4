@NamedInterface("application")
package fr.mutualis.marches.opening.application;

import org.springframework.modulith.NamedInterface;
