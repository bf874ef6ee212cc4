package fr.mutualis.identity.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.mutualis.identity.IdentityProperties;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The token signing keys, kept in PostgreSQL so that every instance and every restart signs with the same key.
 *
 * <p>The newest key is the active one: tokens are signed with it (the token customizer names its kid). The JWKS
 * publishes it and each older key until {@code key-overlap} after the key that replaced it was created, so that
 * tokens signed just before a rotation stay verifiable. What was read is cached for a minute, so that a rotation by
 * another instance is seen quickly without a query per token.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final Duration CACHE = Duration.ofMinutes(1);
    private static final String ALGORITHM = JWSAlgorithm.RS256.getName();

    private final SigningKeyRepository repository;
    private final KeyEncryption encryption;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration rotation;
    private final Duration overlap;
    private volatile Snapshot snapshot;

    /** The keys as last read: the active key, then the still-published older ones (JWKS shows public parts only). */
    private record Snapshot(RSAKey active, JWKSet keys, Instant readAt) {
    }

    SigningKeys(SigningKeyRepository repository, IdentityProperties properties, TransactionTemplate transactions,
                Clock clock) {
        this.repository = repository;
        this.encryption = KeyEncryption.fromBase64(properties.keyEncryptionKey());
        this.transactions = transactions;
        this.clock = clock;
        this.rotation = properties.keyRotation();
        this.overlap = properties.keyOverlap();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(current().keys());
    }

    /** The kid tokens are signed with now. */
    public String activeKeyId() {
        return current().active().getKeyID();
    }

    /** Creates a key when there is none or the active one is older than {@code key-rotation}. */
    public void rotateIfDue() {
        transactions.executeWithoutResult(status -> {
            repository.lockForRotation();
            List<StoredSigningKey> keys = repository.newestFirst();
            Instant now = clock.instant();
            if (keys.isEmpty() || !keys.get(0).createdAt().plus(rotation).isAfter(now)) {
                create(now);
            }
        });
        reload();
    }

    /** Replaces the active key now (compromise, operator's decision, tests). */
    public String rotateNow() {
        transactions.executeWithoutResult(status -> {
            repository.lockForRotation();
            create(clock.instant());
        });
        return reload().active().getKeyID();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || current.readAt().plus(CACHE).isBefore(clock.instant())) {
            return reload();
        }
        return current;
    }

    private synchronized Snapshot reload() {
        List<StoredSigningKey> stored = repository.newestFirst();
        if (stored.isEmpty()) {
            rotateIfDue();
            return snapshot;
        }
        Instant now = clock.instant();
        List<JWK> keys = new ArrayList<>();
        RSAKey active = privateKey(stored.get(0));
        keys.add(active);
        for (int i = 1; i < stored.size(); i++) {
            Instant replacedAt = stored.get(i - 1).createdAt();
            if (replacedAt.plus(overlap).isBefore(now)) {
                break;
            }
            // With its private part too: a token whose kid was chosen just before this reload still gets signed.
            keys.add(privateKey(stored.get(i)));
        }
        Snapshot read = new Snapshot(active, new JWKSet(keys), now);
        snapshot = read;
        return read;
    }

    private void create(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String kid = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).build().computeThumbprint().toString();
            repository.insert(new StoredSigningKey(kid, ALGORITHM, pair.getPublic().getEncoded(),
                    encryption.seal(pair.getPrivate().getEncoded(), kid), now));
            log.info("Nouvelle clé de signature / new signing key {} ({})", kid, ALGORITHM);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot create a signing key", e);
        }
    }

    private RSAKey privateKey(StoredSigningKey stored) {
        try {
            byte[] pkcs8 = encryption.open(stored.sealedPrivateKey(), stored.kid());
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            java.util.Arrays.fill(pkcs8, (byte) 0);
            return new RSAKey.Builder(publicKey(stored)).privateKey(privateKey).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable private key of signing key " + stored.kid(), e);
        }
    }

    private RSAKey publicKey(StoredSigningKey stored) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(stored.publicKey()));
            return new RSAKey.Builder(publicKey)
                    .keyID(stored.kid())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.parse(stored.algorithm()))
                    .issueTime(Date.from(stored.createdAt()))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable public key of signing key " + stored.kid(), e);
        }
    }
}
