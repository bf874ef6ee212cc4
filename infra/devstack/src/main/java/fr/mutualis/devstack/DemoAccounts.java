package fr.mutualis.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The identity service's demo accounts, as its built jar declares them ({@code demo/accounts.csv}), for
 * {@code ./mutualis up} to print. They exist on the development stack (with demo data) and on the test stack.
 */
public final class DemoAccounts {

    /** The one password of every demo account; passed to the identity service, which only accepts it there. */
    public static final String PASSWORD = "demo-mutualis";
    private static final String ENTRY = "BOOT-INF/classes/demo/accounts.csv";

    /** One account: its username, roles and collectivité (name and SIREN), and the person's names and SIRET. */
    public record DemoAccount(String username, String roles, String collectivite, String givenName, String usualName,
                              String siret) {

        /** The collectivité's name without its SIREN: {@code Département de la Gironde}. */
        public String collectiviteName() {
            int siren = collectivite.lastIndexOf(" (");
            return siren > 0 ? collectivite.substring(0, siren) : collectivite;
        }
    }

    private DemoAccounts() {
    }

    public static List<DemoAccount> of(StackConfig config) {
        Path jar = config.built(Services.IDENTITY, config.service(Services.IDENTITY).jar());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null) {
                return List.of();
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                    StandardCharsets.UTF_8))) {
                return reader.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.split(";", -1))
                        .map(fields -> new DemoAccount(fields[0], fields[1], fields[6], fields[2], fields[3], fields[4]))
                        .toList();
            }
        } catch (IOException e) {
            throw new StackException(Services.IDENTITY, "comptes de démonstration illisibles / unreadable demo accounts: "
                    + e.getMessage(), e);
        }
    }
}
