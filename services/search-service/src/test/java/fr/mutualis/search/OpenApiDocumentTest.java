package fr.mutualis.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.acte.web.ActeController;
import fr.mutualis.search.analytics.web.SearchAnalyticsController;
import fr.mutualis.search.benchmark.web.BenchmarkController;
import fr.mutualis.search.consultation.web.ConsultationController;
import fr.mutualis.search.experience.web.ExportController;
import fr.mutualis.search.experience.web.IndexRebuildController;
import fr.mutualis.search.experience.web.SearchController;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The published OpenAPI document describes every endpoint of the search API, and only those. */
class OpenApiDocumentTest {

    @Test
    void every_endpoint_is_documented() throws Exception {
        JsonNode document;
        try (InputStream in = getClass().getResourceAsStream("/static/openapi.yaml")) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<String> documented = new java.util.ArrayList<>();
        document.required("paths").fieldNames().forEachRemaining(documented::add);
        List<String> served = Arrays.stream(new Class<?>[] {SearchController.class, ExportController.class,
                        BenchmarkController.class, IndexRebuildController.class, ActeController.class,
                        ConsultationController.class, SearchAnalyticsController.class})
                .flatMap(controller -> Arrays.stream(controller.getDeclaredMethods()))
                .flatMap(method -> java.util.stream.Stream.concat(
                        java.util.Optional.ofNullable(method.getAnnotation(GetMapping.class)).stream()
                                .flatMap(mapping -> Arrays.stream(mapping.value())),
                        java.util.Optional.ofNullable(method.getAnnotation(PostMapping.class)).stream()
                                .flatMap(mapping -> Arrays.stream(mapping.value()))))
                .distinct().toList();

        assertThat(document.required("openapi").asText()).startsWith("3.1");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }
}
