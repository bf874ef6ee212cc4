package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesTest {

    private static final Path PROJECT = StackConfig.findProjectRoot();

    @TempDir
    Path home;

    private StackConfig config(Profile profile, Map<String, String> environment) {
        return StackConfig.of(PROJECT, profile, name -> name.equals("MUTUALIS_HOME") ? home.toString() : environment.get(name));
    }

    @Test
    void the_services_come_from_their_descriptors_the_issuer_first_and_the_referential_before_its_users() {
        List<String> names = config(Profile.TEST, Map.of()).services().stream().map(ServiceDescriptor::name).toList();

        assertThat(names).containsExactlyInAnyOrder("identity-service", "referential-service", "experience-service",
                "search-service", "webhook-service", "integration-service", "demat-service", "prefecture-simulator",
                "marches-service", "portal");
        assertThat(names.get(0)).isEqualTo(Services.IDENTITY);
        assertThat(names.indexOf("referential-service")).isLessThan(names.indexOf("marches-service"));
        assertThat(names.indexOf(Services.PREFECTURE)).isLessThan(names.indexOf("demat-service"));
        assertThat(names.indexOf("referential-service")).isLessThan(names.indexOf("experience-service"))
                .isLessThan(names.indexOf("search-service"));
    }

    @Test
    void every_service_trusts_the_identity_service_and_connects_to_its_database_as_its_own_role() {
        StackConfig config = config(Profile.TEST, Map.of());
        List<ServiceComponent> services = Services.all(config, UnprivilegedUser.detect());

        assertThat(services.get(0).url()).isEqualTo("http://127.0.0.1:18088");
        assertThat(services.get(0).command()).contains("--mutualis.identity.issuer=http://127.0.0.1:18088",
                "--mutualis.demo.enabled=true", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:25432/identity",
                "--spring.datasource.username=identity_service");
        for (ServiceComponent service : services.subList(1, services.size())) {
            assertThat(service.command()).as(service.name())
                    .contains("--mutualis.security.issuer-uri=http://127.0.0.1:18088");
        }
        ServiceComponent experience = service(services, "experience-service");
        assertThat(experience.command()).contains("--spring.datasource.username=experience_service",
                "--mutualis.referential.url=http://127.0.0.1:18086")
                .noneMatch(argument -> argument.startsWith("--spring.datasource.password"))
                .noneMatch(argument -> argument.startsWith("--spring.kafka"));
        assertThat(service(services, "search-service").command()).contains(
                "--spring.kafka.bootstrap-servers=127.0.0.1:29092", "--mutualis.search.elasticsearch-url=http://127.0.0.1:29200")
                .noneMatch(argument -> argument.startsWith("--spring.datasource"));
        assertThat(service(services, "webhook-service").command()).contains("--mutualis.webhook.allow-loopback-http=true");
    }

    @Test
    void the_portal_is_given_every_other_service_and_the_provider_sends_its_users_back_to_it() {
        StackConfig config = config(Profile.TEST, Map.of("MUTUALIS_PORT_PORTAL", "48080"));
        List<ServiceComponent> services = Services.all(config, UnprivilegedUser.detect());
        ServiceComponent portal = service(services, Services.PORTAL);

        assertThat(portal.command()).contains("--server.port=48080",
                "--mutualis.services.experience-service=http://127.0.0.1:18081",
                "--mutualis.services.search-service=http://127.0.0.1:18082",
                "--mutualis.services.marches-service=http://127.0.0.1:18091")
                .noneMatch(argument -> argument.startsWith("--mutualis.services.portal="))
                .noneMatch(argument -> argument.startsWith("--spring.datasource"));
        assertThat(services.get(0).command()).contains(
                "--mutualis.identity.clients.mutualis-portal.redirect-uris=http://127.0.0.1:48080/login/oauth2/code/mutualis",
                "--mutualis.identity.clients.mutualis-portal.post-logout-redirect-uris=http://127.0.0.1:48080/");
        assertThat(portal.environment()).containsOnly(Map.entry("MUTUALIS_PORTAL_CLIENT_SECRET",
                DevSecrets.of(config).clientSecret(PlatformSignIn.PORTAL_CLIENT)));
    }

    @Test
    void secrets_reach_the_services_by_environment_not_by_their_command_line() {
        StackConfig config = config(Profile.DEV, Map.of());
        List<ServiceComponent> services = Services.all(config, UnprivilegedUser.detect());
        DevSecrets secrets = DevSecrets.of(config);
        ServiceComponent identity = services.get(0);
        ServiceComponent webhook = service(services, "webhook-service");
        ServiceComponent experience = service(services, "experience-service");

        assertThat(identity.environment())
                .containsEntry("MUTUALIS_IDENTITY_KEY_ENCRYPTION_KEY", secrets.keyEncryptionKey())
                .containsEntry("MUTUALIS_IDENTITY_ADMIN_AUTOMATION_SECRET",
                        secrets.clientSecret(PlatformSignIn.ADMIN_AUTOMATION_CLIENT))
                .containsKeys("MUTUALIS_IDENTITY_PORTAL_SECRET", "MUTUALIS_IDENTITY_DPO_AUTOMATION_SECRET",
                        "SPRING_DATASOURCE_PASSWORD");
        assertThat(webhook.environment()).containsOnlyKeys("SPRING_DATASOURCE_PASSWORD", "MUTUALIS_SECRETS_KEY",
                "MUTUALIS_KAFKA_PASSWORD");
        assertThat(experience.environment()).containsOnlyKeys("SPRING_DATASOURCE_PASSWORD");
        assertThat(experience.environment().get("SPRING_DATASOURCE_PASSWORD"))
                .isEqualTo(secrets.databasePassword(experience.descriptor()))
                .isNotEqualTo(webhook.environment().get("SPRING_DATASOURCE_PASSWORD"))
                .isNotEqualTo(secrets.superuserPassword());
        assertThat(service(services, "search-service").environment())
                .containsOnly(Map.entry("MUTUALIS_KAFKA_PASSWORD", secrets.kafkaPassword("search-service")))
                .doesNotContainValue(webhook.environment().get("MUTUALIS_KAFKA_PASSWORD"));
        for (ServiceComponent service : services) {
            String command = String.join(" ", service.command());
            service.environment().values().forEach(secret -> assertThat(command).as(service.name()).doesNotContain(secret));
        }
    }

    @Test
    void a_services_port_follows_its_variable_and_the_test_stack_offset() {
        StackConfig dev = config(Profile.DEV, Map.of("MUTUALIS_PORT_SEARCH_SERVICE", "48082"));
        StackConfig test = config(Profile.TEST, Map.of());

        assertThat(dev.serviceUrl("search-service")).isEqualTo("http://127.0.0.1:48082");
        assertThat(dev.port(dev.service("experience-service"))).isEqualTo(8081);
        assertThat(test.port(test.service("experience-service"))).isEqualTo(18081);
        assertThatThrownBy(() -> dev.serviceUrl("unknown-service")).isInstanceOf(StackException.class)
                .hasMessageContaining("search-service");
    }

    @Test
    void a_new_service_is_one_descriptor_in_its_own_folder() throws IOException {
        Path project = home.resolve("project");
        descriptor(project, "identity-service", "name=identity-service\nport=8088\n");
        descriptor(project, "demat-service", """
                name=demat-service
                port=8090
                after=later-service
                database=demat
                outbox=true
                uses=kafka
                secrets-key=true
                arguments=--a=1 --b=2
                """);
        descriptor(project, "later-service", "name=later-service\nport=8091\n");
        StackConfig config = StackConfig.of(project, Profile.DEV, name -> null);

        assertThat(config.services()).extracting(ServiceDescriptor::name)
                .containsExactly("identity-service", "later-service", "demat-service");
        ServiceComponent demat = service(Services.all(config, UnprivilegedUser.detect()), "demat-service");
        assertThat(demat.command()).contains("--server.port=8090", "--spring.datasource.username=demat_service",
                "--spring.kafka.bootstrap-servers=127.0.0.1:19092", "--a=1", "--b=2",
                config.dataRoot().resolve("demat-service/demat-service.jar").toString());
        assertThat(demat.environment()).containsOnlyKeys("SPRING_DATASOURCE_PASSWORD", "MUTUALIS_SECRETS_KEY",
                "MUTUALIS_KAFKA_PASSWORD");
        assertThat(new ConnectorRegistry(config).names()).containsExactly("demat-outbox");
    }

    @Test
    void a_service_runs_a_copy_of_its_jar_that_a_rebuild_of_its_module_leaves_alone_until_its_next_start()
            throws IOException {
        Path project = home.resolve("project");
        descriptor(project, "identity-service", "name=identity-service\nport=8088\n");
        Path built = project.resolve("services/identity-service/target/identity-service.jar");
        Files.createDirectories(built.getParent());
        Files.writeString(built, "version 1");
        ServiceComponent identity = service(Services.all(StackConfig.of(project, Profile.DEV, name -> null),
                UnprivilegedUser.detect()), "identity-service");
        Files.createDirectories(identity.folder());

        identity.prepare();
        List<String> command = identity.command();
        Path running = Path.of(command.get(command.indexOf("-jar") + 1));
        Files.writeString(built, "version 2, rebuilt");

        assertThat(running).isNotEqualTo(built).hasContent("version 1");
        identity.prepare();
        assertThat(running).hasContent("version 2, rebuilt");
    }

    @Test
    void a_mistaken_descriptor_is_named_with_its_file() throws IOException {
        Path typo = home.resolve("typo");
        descriptor(typo, "a-service", "name=a-service\nport=8090\ndatabse=a\n");
        Path cycle = home.resolve("cycle");
        descriptor(cycle, "a-service", "name=a-service\nport=8090\nafter=b-service\n");
        descriptor(cycle, "b-service", "name=b-service\nport=8091\nafter=a-service\n");

        assertThatThrownBy(() -> StackConfig.of(typo, Profile.DEV, name -> null)).isInstanceOf(StackException.class)
                .hasMessageContaining("a-service/service.properties").hasMessageContaining("databse");
        assertThatThrownBy(() -> StackConfig.of(cycle, Profile.DEV, name -> null)).isInstanceOf(StackException.class)
                .hasMessageContaining("a-service").hasMessageContaining("b-service");
    }

    private static ServiceComponent service(List<ServiceComponent> services, String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }

    private static void descriptor(Path project, String folder, String content) throws IOException {
        Path file = project.resolve("services").resolve(folder).resolve(ServiceDescriptor.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
