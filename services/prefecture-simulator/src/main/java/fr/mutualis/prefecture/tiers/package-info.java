/**
 * The tiers de télétransmission the préfecture knows, and how one signs in: HTTP Basic with its login and password
 * here (over loopback), where the real préfecture checks its RGS certificate over mutual TLS.
 */
@ApplicationModule(allowedDependencies = {})
package fr.mutualis.prefecture.tiers;

import org.springframework.modulith.ApplicationModule;
