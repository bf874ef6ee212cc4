package fr.mutualis.keycloak;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads a JWS compact token's claims, and forges the tampered tokens a resource server must refuse. */
final class Jwts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Jwts() {
    }

    /** The claims (payload) of {@code token}, unverified: for looking, not for trusting. */
    static ObjectNode claims(String token) {
        String[] parts = split(token);
        return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    /** The same header and signature over changed claims: the signature no longer matches. */
    static String withChangedClaims(String token, Consumer<ObjectNode> change) {
        String[] parts = split(token);
        ObjectNode claims = claims(token);
        change.accept(claims);
        return parts[0] + "." + ENCODER.encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];
    }

    /** The same header and claims with one byte of the signature changed. */
    static String withBrokenSignature(String token) {
        String[] parts = split(token);
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x5a;
        return parts[0] + "." + parts[1] + "." + ENCODER.encodeToString(signature);
    }

    /** The header, e.g. to read {@code kid} and {@code alg}. */
    static JsonNode header(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(split(token)[0]), StandardCharsets.UTF_8));
    }

    private static String[] split(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JWS compact token: " + parts.length + " parts");
        }
        return parts;
    }
}
