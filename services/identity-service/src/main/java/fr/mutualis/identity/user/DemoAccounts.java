package fr.mutualis.identity.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of {@code demo/accounts.csv} (an agent of a commune, an EPCI, a département and a région, an élu,
 * the syndicate's administrator and DPO), created or brought up to date when {@code mutualis.demo.enabled=true}.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String RESOURCE = "demo/accounts.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final PlatformUserRepository users;
    private final PasswordEncoder passwords;
    private final boolean enabled;
    private final String password;

    DemoAccounts(PlatformUserRepository users, PasswordEncoder passwords,
                 @Value("${mutualis.demo.enabled:false}") boolean enabled,
                 @Value("${mutualis.demo.password:demo-mutualis}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.enabled = enabled;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        List<NewUser> accounts = read();
        for (NewUser account : accounts) {
            // Hashing is deliberately slow: keep the stored hash when the demo password did not change.
            String hash = users.findByUsername(account.username())
                    .map(PlatformUser::passwordHash)
                    .filter(existing -> passwords.matches(password, existing))
                    .orElseGet(() -> passwords.encode(password));
            users.upsert(account, hash);
        }
        // Their number only: a username is an e-mail address, which the logs never hold.
        log.info("Comptes de démonstration à jour / demo accounts up to date: {}", accounts.size());
    }

    static List<NewUser> read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(DemoAccounts::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** {@code username;roles;given_name;usual_name;siret;organizational_unit;collectivite}. */
    private static NewUser parse(String line) {
        String[] fields = line.split(";", -1);
        List<Role> roles = Arrays.stream(fields[1].split(",")).map(Role::fromClaim).toList();
        return new NewUser(fields[0], fields[2], fields[3], fields[0], fields[4], blankToNull(fields[5]), null, roles);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
