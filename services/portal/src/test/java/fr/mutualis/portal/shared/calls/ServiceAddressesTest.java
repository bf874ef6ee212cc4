package fr.mutualis.portal.shared.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceAddressesTest {

    @Test
    void a_service_is_found_whether_its_address_came_by_argument_or_by_environment_variable() {
        PlatformServices.Addresses addresses = new PlatformServices.Addresses(Map.of(
                "search-service", URI.create("http://127.0.0.1:8082"),
                // MUTUALIS_SERVICES_EXPERIENCE_SERVICE, as Spring binds an environment variable into a map
                "experience.service", URI.create("http://experience:8081")));

        assertThat(addresses.of(PlatformServices.SEARCH)).contains(URI.create("http://127.0.0.1:8082"));
        assertThat(addresses.of(PlatformServices.EXPERIENCE)).contains(URI.create("http://experience:8081"));
        assertThat(addresses.of(PlatformServices.MARCHES)).isEmpty();
    }
}
