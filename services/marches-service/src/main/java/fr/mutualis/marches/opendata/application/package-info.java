@NamedInterface("application")
package fr.mutualis.marches.opendata.application;

import org.springframework.modulith.NamedInterface;
