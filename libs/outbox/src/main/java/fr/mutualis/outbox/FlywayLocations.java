package fr.mutualis.outbox;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds a library's migrations to the service's own: a table that several services share is created from one place.
 * The library's scripts are repeatable and idempotent, so that they never clash with the service's version numbers.
 */
public final class FlywayLocations {

    private FlywayLocations() {
    }

    /** A customizer that appends {@code location} (e.g. {@code classpath:db/outbox}) to the configured locations. */
    public static FlywayConfigurationCustomizer adding(String location) {
        return configuration -> configuration.locations(Stream.concat(
                        Arrays.stream(configuration.getLocations()).map(Location::getDescriptor),
                        Stream.of(location))
                .distinct().toArray(String[]::new));
    }
}
