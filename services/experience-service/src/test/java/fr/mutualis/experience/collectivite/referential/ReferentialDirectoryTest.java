package fr.mutualis.experience.collectivite.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import fr.mutualis.experience.collectivite.domain.DirectoryUnavailableException;
import fr.mutualis.service.referential.CollectiviteDescriptor;
import fr.mutualis.service.referential.ReferentialClient;
import fr.mutualis.service.referential.ReferentialUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mapping from the platform's referential client to this service's collectivités and exceptions. */
class ReferentialDirectoryTest {

    private static final CollectiviteDescriptor ALFORTVILLE = new CollectiviteDescriptor("219400025", "commune",
            "Alfortville", "94002", new CollectiviteDescriptor.Territory("94", "Val-de-Marne"),
            new CollectiviteDescriptor.Territory("11", "Île-de-France"), 44_000L,
            new CollectiviteDescriptor.PopulationBand("20000-49999", "De 20 000 à 49 999 habitants"));

    /** Knows Alfortville and a syndicat; any other SIREN is unknown, "000000000" makes it fail. */
    private static final ReferentialClient REFERENTIAL = new ReferentialClient() {
        private final Map<String, CollectiviteDescriptor> known = Map.of("219400025", ALFORTVILLE,
                "200000172", new CollectiviteDescriptor("200000172", "syndicat", "Syndicat mixte", null, null, null,
                        null, new CollectiviteDescriptor.PopulationBand("sans-objet", "Sans objet")));

        @Override
        public Optional<CollectiviteDescriptor> collectivite(String siren) {
            if (siren.equals("000000000")) {
                throw new ReferentialUnavailableException("500", null);
            }
            return Optional.ofNullable(known.get(siren));
        }

        @Override
        public Optional<CollectiviteDescriptor> commune(String inseeCode) {
            return Optional.empty();
        }

        @Override
        public Optional<Health> readiness() {
            throw new ReferentialUnavailableException("connection refused", null);
        }
    };

    private final ReferentialDirectory directory = new ReferentialDirectory(REFERENTIAL);

    @Test
    void a_known_collectivite_is_read_with_its_territories_and_band() {
        assertThat(directory.find("219400025")).contains(new Collectivite("219400025", "commune", "Alfortville", "94002",
                new Collectivite.Territory("94", "Val-de-Marne"), new Collectivite.Territory("11", "Île-de-France"),
                44_000L, new Collectivite.Band("20000-49999", "De 20 000 à 49 999 habitants")));
        assertThat(directory.find("200000172")).hasValueSatisfying(syndicat -> {
            assertThat(syndicat.departement()).isNull();
            assertThat(syndicat.region()).isNull();
            assertThat(syndicat.population()).isNull();
        });
    }

    @Test
    void an_unknown_siren_is_empty() {
        assertThat(directory.find("356000000")).isEmpty();
    }

    @Test
    void an_unavailable_referential_is_this_service_s_unavailable_directory() {
        assertThatThrownBy(() -> directory.find("000000000")).isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("000000000");
        assertThatThrownBy(() -> directory.awaitReady(Duration.ZERO)).isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("not ready");
    }
}
