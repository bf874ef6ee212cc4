package fr.mutualis.portal.administration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A collectivité's adhesion to the syndicate as the referential keeps it ({@code /api/adhesions}).
 *
 * @param adhesionDate ISO date
 * @param services     codes of the shared services, see {@link #SERVICES}
 * @param leftOn       ISO date of the departure, {@code null} while a member
 */
record Adhesion(String siren, String adhesionDate, List<String> services, String leftOn) {

    /**
     * The syndicate's shared services, by the codes the referential accepts, with their names in the portal. The API
     * lists them nowhere but in its validation rule: a new service must be added here too.
     */
    static final Map<String, String> SERVICES = sharedServices();

    private static Map<String, String> sharedServices() {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("demat-documents", "Actes dématérialisés");
        services.put("marches-publics", "Marchés publics");
        services.put("benchmark", "Retours d'expérience et baromètre");
        return java.util.Collections.unmodifiableMap(services);
    }

    public boolean current() {
        return leftOn == null;
    }

    /** The services' names, in the portal's words. */
    public List<String> serviceNames() {
        return services == null ? List.of() : services.stream().map(code -> SERVICES.getOrDefault(code, code)).toList();
    }
}
