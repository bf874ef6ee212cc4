package fr.mutualis.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.service.TestService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A request body binds exactly as the API declares it, or is refused with the field named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = TestService.class,
        properties = TestService.PROPERTIES)
class StrictJsonBindingIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"title\":\"Fibre\",\"budget\":12,\"public\":true,\"tags\":[],\"colour\":\"bleu\"} | colour",
            "{\"title\":\"Fibre\",\"budget\":\"12\",\"public\":true,\"tags\":[]}                | budget",
            "{\"title\":\"Fibre\",\"budget\":1.5,\"public\":true,\"tags\":[]}                   | budget",
            "{\"title\":12,\"budget\":12,\"public\":true,\"tags\":[]}                           | title",
            "{\"title\":\"Fibre\",\"budget\":12,\"public\":\"true\",\"tags\":[]}                | public",
            "{\"title\":\"Fibre\",\"budget\":null,\"public\":true,\"tags\":[]}                  | budget",
            "{\"title\":\"Fibre\",\"budget\":12,\"public\":true,\"tags\":[\"a\",3]}             | tags[1]",
            "{\"title\":\"Fi\\u0000bre\",\"budget\":12,\"public\":true,\"tags\":[]}             | title",
            "{\"title\":\"Fibre\",\"budget\":12,\"public\":true,\"tags\":[\"\\u0000\"]}        | tags[0]",
    })
    void a_body_that_does_not_match_the_api_is_refused_with_its_field(String body, String field) throws Exception {
        HttpResponse<String> answer = post(body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"").doesNotContain("bleu");
    }

    @Test
    void trailing_content_after_the_document_is_refused() throws Exception {
        assertThat(post("{\"title\":\"Fibre\",\"budget\":12,\"public\":true,\"tags\":[]} {}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_document_cut_short_is_an_unreadable_body() throws Exception {
        HttpResponse<String> answer = post("{\"title\": ");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Corps de requête illisible").doesNotContain("\"errors\"");
    }

    @Test
    void an_exact_body_binds() throws Exception {
        HttpResponse<String> answer = post("{\"title\":\"Fibre\",\"budget\":12,\"public\":true,\"tags\":[\"thd\"]}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"budget\":12");
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/records"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

}
