package fr.mutualis.testing.fuzz;

import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import java.util.List;

/**
 * The {@code Authorization} header values the fuzzer sends.
 *
 * @param entitled values that pass authorization for the service's endpoints (an agent of the collectivité, an
 *                 administrator, the DPO…): most requests carry one, so that they reach binding and validation
 * @param foreign  valid tokens of another collectivité or role, refused by authorization
 * @param forged   values that must be refused as credentials: expired, other issuer or audience, unsigned,
 *                 signed by another key, not a JWT
 */
public record Callers(List<String> entitled, List<String> foreign, List<String> forged) {

    public Callers {
        entitled = List.copyOf(entitled);
        foreign = List.copyOf(foreign);
        forged = List.copyOf(forged);
    }

    /**
     * The callers of an API kept for the syndicate's administrators: the administrator entitled; an agent of
     * {@code siren}, the DPO and a signed-in user without a role foreign; the forged tokens of {@code matrix}.
     */
    public static Callers ofAdministrators(TestIssuer issuer, AuthorizationMatrix matrix, String siren) {
        return new Callers(List.of(issuer.administrator()),
                List.of(issuer.agentOf(siren), issuer.dpo(), issuer.withoutRole(siren)),
                List.copyOf(matrix.forgedTokens(siren).values()));
    }
}
