package fr.mutualis.search;

import fr.mutualis.search.experience.domain.QueryVocabulary;
import fr.mutualis.search.experience.domain.SearchJournal;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import fr.mutualis.search.acte.application.SearchActes;
import fr.mutualis.search.acte.elasticsearch.ElasticsearchActeSearch;
import fr.mutualis.search.acte.web.ActeController;
import fr.mutualis.search.consultation.application.SearchConsultations;
import fr.mutualis.search.consultation.elasticsearch.ElasticsearchConsultationSearch;
import fr.mutualis.search.consultation.web.ConsultationController;
import fr.mutualis.search.experience.application.SearchExperiences;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.experience.elasticsearch.ElasticsearchExperienceIndex;
import fr.mutualis.search.experience.elasticsearch.ElasticsearchExperienceSearch;
import fr.mutualis.search.shared.domain.IndexUnavailableException;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.IndexingMetrics;
import fr.mutualis.search.shared.web.IndexUnavailableAdvice;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;
import fr.mutualis.search.experience.web.SearchController;
import fr.mutualis.search.experience.web.SearchExceptionHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real adapter and web layer, with Elasticsearch down (nothing listens on its port): searching answers a 503
 * problem in French, indexing raises the retryable {@link IndexUnavailableException}.
 */
class ElasticsearchUnavailableTest {

    private RestClient restClient;
    private ElasticsearchExperienceIndex index;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void clientOfAnElasticsearchThatIsDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        restClient = RestClient.builder(new HttpHost("127.0.0.1", closedPort, "http")).build();
        index = new ElasticsearchExperienceIndex(
                new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper())), "experiences",
                meters);
    }

    @AfterEach
    void close() throws IOException {
        restClient.close();
    }

    @Test
    void searchAnswersServiceUnavailableInFrench() throws Exception {
        var search = new ElasticsearchExperienceSearch(new ElasticsearchJson(restClient, JsonMapper.builder().build(), ObservationRegistry.NOOP),
                "experiences", "barometer-profiles", ForkJoinPool.commonPool());
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new SearchController(new SearchExperiences(search, QueryVocabulary.NONE, SearchJournal.NONE),
                        (siren, sameRegion) -> java.util.Optional.empty()))
                .setControllerAdvice(new SearchExceptionHandler(), new IndexUnavailableAdvice())
                .build();

        mvc.perform(get("/api/search").param("q", "actes").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").value("Recherche momentanément indisponible"))
                .andExpect(jsonPath("$.detail").value(
                        "Le moteur de recherche ne répond pas pour le moment. Veuillez réessayer dans quelques instants."));
    }

    @Test
    void theActesSearchAnswersServiceUnavailableInFrenchToo() throws Exception {
        var search = new ElasticsearchActeSearch(new ElasticsearchJson(restClient, JsonMapper.builder().build(), ObservationRegistry.NOOP), "actes");
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ActeController(new SearchActes(search)))
                .setControllerAdvice(new IndexUnavailableAdvice())
                .build();

        mvc.perform(get("/api/actes").param("q", "cantine").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.title").value("Recherche momentanément indisponible"));
    }

    @Test
    void theConsultationsSearchAnswersServiceUnavailableInFrenchToo() throws Exception {
        var search = new ElasticsearchConsultationSearch(
                new ElasticsearchJson(restClient, JsonMapper.builder().build(), ObservationRegistry.NOOP), "consultations");
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ConsultationController(new SearchConsultations(search)))
                .setControllerAdvice(new IndexUnavailableAdvice())
                .build();

        mvc.perform(get("/api/consultations").param("q", "voirie").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.title").value("Recherche momentanément indisponible"));
    }

    @Test
    void indexingRaisesARetryableFailure() {
        IndexedExperience experience = new IndexedExperience("0e9b2c4a-7d1f-4c1e-9f62-3b8a5d4e7f10", "Titre", "",
                "213300627", List.of(), "published", false, Instant.now(), Instant.now(), 1);

        assertThatThrownBy(() -> index.index(experience)).isInstanceOf(IndexUnavailableException.class);
        assertThatThrownBy(() -> index.remove(experience.id(), 2)).isInstanceOf(IndexUnavailableException.class);
        assertThat(meters.get(IndexingMetrics.WRITES_METER).tags("index", "experiences", "outcome", "failed").timer()
                .count()).as("failed writes timed").isEqualTo(2);
    }
}
