@NamedInterface("application")
package fr.mutualis.marches.deposit.application;

import org.springframework.modulith.NamedInterface;
