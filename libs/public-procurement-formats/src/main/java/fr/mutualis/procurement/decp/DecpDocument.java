package fr.mutualis.procurement.decp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A DECP 2.0.3 publication of marchés, {@code {"marches": {"marche": [...]}}}, as published on data.gouv.fr. */
public record DecpDocument(List<DecpMarche> marches) {

    public DecpDocument {
        marches = List.copyOf(marches);
    }

    public static DecpDocument of(List<DecpMarche> marches) {
        return new DecpDocument(marches);
    }

    public static DecpDocument of(DecpMarche... marches) {
        return new DecpDocument(List.of(marches));
    }

    /** The document as UTF-8 JSON. */
    public String toJson() {
        ObjectNode document = DecpJson.MAPPER.createObjectNode();
        ArrayNode array = document.putObject("marches").putArray("marche");
        marches.forEach(marche -> array.add(DecpJson.marche(marche)));
        return DecpJson.MAPPER.writeValueAsString(document);
    }

    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }
}
