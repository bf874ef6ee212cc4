package fr.mutualis.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.service.TestService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A query parameter binds as the endpoint declares it, or is refused in French with its name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = TestService.class,
        properties = TestService.PROPERTIES)
class StrictQueryParametersIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/listing?pge=2          | pge  | Ce paramètre n'existe pas pour cette adresse : q, page, tag.",
            "/listing?page=1&page=2  | page | Le paramètre « page » ne prend qu'une valeur : il est donné 2 fois.",
            "/listing?page=          | page | Le paramètre « page » est vide : donnez-lui une valeur, ou retirez-le.",
            "/listing?tag=a&tag=     | tag  | Le paramètre « tag » est vide : donnez-lui une valeur, ou retirez-le.",
            "/public?debug=true      | debug | Ce paramètre n'existe pas : cette adresse n'en prend aucun."})
    void a_parameter_the_endpoint_does_not_take_as_sent_is_refused_with_its_name(String pathAndQuery, String field,
                                                                                  String message) throws Exception {
        HttpResponse<String> answer = get(pathAndQuery);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"Requête invalide\"")
                .contains("{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/listing", "/listing?q=&page=3&tag=a&tag=b", "/listing?q=fibre", "/own-checks?x=&x=1"})
    void what_the_endpoint_takes_binds(String pathAndQuery) throws Exception {
        assertThat(get(pathAndQuery).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
