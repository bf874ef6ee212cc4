package fr.mutualis.testing.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A real OpenID Connect issuer for a service's tests, on 127.0.0.1: it serves its discovery document and key set,
 * and signs tokens shaped as the identity service's (ProConnect claims, platform roles, {@code mutualis} audience).
 * One per test JVM: {@link #shared()}; point the service at it with {@code mutualis.security.issuer-uri}.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "mutualis";
    /** The NIC appended to a SIREN to form the SIRET of a demo agent. */
    private static final String NIC = "00017";

    private static TestIssuer shared;

    private final RSAKey key;
    private final String issuer;

    private TestIssuer() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
                    + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
            serve(server, "/.well-known/openid-configuration", discovery);
            serve(server, "/jwks", new JWKSet(key.toPublicJWK()).toString());
            server.setExecutor(null);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    /** {@code Authorization} header value of an agent of the collectivité {@code siren}. */
    public String agentOf(String siren) {
        return bearer(person(siren, "agent"));
    }

    public String eluOf(String siren) {
        return bearer(person(siren, "elu"));
    }

    /** A syndicate administrator (an agent of the syndicate itself). */
    public String administrator() {
        return bearer(person("253700488", "administrateur"));
    }

    public String dpo() {
        return bearer(person("253700488", "dpo"));
    }

    /** The representative of a company (opérateur économique) whose establishment is {@code siret}. */
    public String companyOf(String siret) {
        return bearer(person(siret.substring(0, 9), "entreprise").claim("siret", siret)
                .claim("email", "depot." + siret + "@entreprise.example"));
    }

    /** A signed-in person with no platform role. */
    public String withoutRole(String siren) {
        return bearer(person(siren));
    }

    /** The claims of a person of the collectivité {@code siren} holding {@code roles}, valid for thirty minutes. */
    public JWTClaimsSet.Builder person(String siren, String... roles) {
        Instant now = Instant.now();
        String uid = UUID.randomUUID().toString();
        return new JWTClaimsSet.Builder().issuer(issuer).audience(List.of(AUDIENCE, "mutualis-portal"))
                .subject(uid).claim("uid", uid).claim("given_name", "Camille").claim("usual_name", "Martin")
                .claim("email", "camille.martin." + siren + "@demo.mutualis.fr").claim("siret", siren + NIC)
                .claim("roles", List.of(roles)).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30)))).jwtID(UUID.randomUUID().toString());
    }

    /** Signed with this issuer's key. */
    public String bearer(JWTClaimsSet.Builder claims) {
        return "Bearer " + sign(claims.build());
    }

    /** An agent's token changed by {@code change}, still signed by this issuer: expired, other issuer, audience… */
    public String agentTokenWith(String siren, UnaryOperator<JWTClaimsSet.Builder> change) {
        return bearer(change.apply(person(siren, "agent")));
    }

    /** An agent's token with {@code alg: none}: no signature at all. */
    public String unsignedAgentOf(String siren) {
        return "Bearer " + new PlainJWT(person(siren, "agent").build()).serialize();
    }

    /** An agent's token signed HS256 with the issuer's public key as the secret (the algorithm-confusion attack). */
    public String hs256WithPublicKey(String siren) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                    person(siren, "agent").build());
            jwt.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
            return "Bearer " + jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An agent's token signed by a key this issuer never published. */
    public String signedByAnotherKey(String siren) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
                    person(siren, "agent").build());
            jwt.sign(new RSASSASigner(other));
            return "Bearer " + jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
