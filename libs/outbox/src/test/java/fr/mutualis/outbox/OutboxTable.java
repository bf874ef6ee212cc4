package fr.mutualis.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The outbox table as services get it, for the tests' own databases. */
final class OutboxTable {

    private OutboxTable() {
    }

    static String migration() {
        try (var in = OutboxTable.class.getResourceAsStream("/db/outbox/R__outbox.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
