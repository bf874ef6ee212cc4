package fr.mutualis.webhook.subscription.persistence;

import fr.mutualis.service.secrets.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing secrets are stored sealed by the {@link SecretBox}. Subscriptions made before that kept theirs in clear:
 * they are sealed once, at start-up, before any delivery reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SealedSigningSecrets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SealedSigningSecrets.class);

    private final JdbcClient jdbc;
    private final SecretBox secrets;

    SealedSigningSecrets(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var clear = jdbc.sql("SELECT id, signing_secret FROM subscription WHERE signing_secret NOT LIKE 'v1:%' FOR UPDATE")
                .query((rs, row) -> new Object[] {rs.getObject("id"), rs.getString("signing_secret")}).list();
        clear.forEach(row -> jdbc.sql("UPDATE subscription SET signing_secret = :sealed WHERE id = :id")
                .param("sealed", secrets.seal((String) row[1])).param("id", row[0]).update());
        if (!clear.isEmpty()) {
            log.info("Sealed the signing secrets of {} subscriptions stored in clear", clear.size());
        }
    }
}
