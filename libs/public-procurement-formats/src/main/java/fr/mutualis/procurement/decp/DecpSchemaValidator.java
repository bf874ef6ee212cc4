package fr.mutualis.procurement.decp;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Validates a JSON document against the official DECP 2.0.3 schema shipped with this library (draft-07). Thread-safe:
 * build one and share it.
 */
public final class DecpSchemaValidator {

    /** The schema's {@code $id}: mapped to the shipped copy so that no validation ever reaches the network. */
    private static final String SCHEMA_ID = "https://raw.githubusercontent.com/139bercy/format-commande-publique/master/marches.json";
    private static final String SCHEMA = "classpath:fr/mutualis/procurement/decp/schema_decp_v2.0.3.json";

    private final JsonSchema schema;

    public DecpSchemaValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID, SCHEMA)));
        // French messages: they reach the acheteur who published the data.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.FRENCH).build();
        this.schema = factory.getSchema(SchemaLocation.of(SCHEMA), config);
    }

    /**
     * The violations of {@code json}, each prefixed by the path of the property at fault (e.g.
     * {@code /marches/marche/0/acheteur/id: ne correspond pas au modèle...}); empty when the document is valid.
     *
     * @throws IllegalArgumentException when {@code json} is not JSON
     */
    public List<String> validate(String json) {
        try {
            return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException) {
                throw new IllegalArgumentException("Le document n'est pas du JSON : " + e.getCause().getMessage(), e);
            }
            throw e;
        }
    }
}
