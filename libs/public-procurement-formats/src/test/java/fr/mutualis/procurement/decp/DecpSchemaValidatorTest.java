package fr.mutualis.procurement.decp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecpSchemaValidatorTest {

    private static final DecpSchemaValidator VALIDATOR = new DecpSchemaValidator();

    @ParameterizedTest
    @ValueSource(strings = {"example-concessions.json", "example-marches_concessions.json"})
    void theOfficialConcessionExamplesValidate(String example) throws IOException {
        assertThat(VALIDATOR.validate(example(example))).isEmpty();
    }

    @Test
    void theOfficialExampleWithModificationsValidates() throws IOException {
        assertThat(VALIDATOR.validate(example("example-marches_avec_modifications.json"))).isEmpty();
    }

    @Test
    void aMissingRequiredPropertyIsNamed() {
        String json = DecpDocument.of(DecpFixtures.marche().build()).toJson().replace("\"objet\":", "\"objetX\":");

        assertThat(VALIDATOR.validate(json)).anySatisfy(error -> assertThat(error).contains("objet"));
    }

    @Test
    void anUnknownLabelIsNamed() {
        String json = DecpDocument.of(DecpFixtures.marche().build()).toJson()
                .replace("Appel d'offres ouvert", "Appel d'offre ouvert");

        assertThat(VALIDATOR.validate(json)).anySatisfy(error -> assertThat(error).contains("procedure"));
    }

    @Test
    void aBadSiretIsNamed() {
        String json = DecpDocument.of(DecpFixtures.marche().acheteurId("2000537250001").build()).toJson();

        assertThat(VALIDATOR.validate(json)).anySatisfy(error -> assertThat(error).startsWith("/marches/marche/0/acheteur/id: "));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> VALIDATOR.validate("{\"marches\": ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String example(String name) throws IOException {
        try (InputStream in = DecpSchemaValidator.class.getResourceAsStream("examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
