package fr.mutualis.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.service.TestService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every answer of a service, open or refused, carries the headers that keep a browser from misusing it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = TestService.class,
        properties = TestService.PROPERTIES)
class PlatformResponseHeadersIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({"/public, 200", "/private, 401", "/nowhere, 401", "/public?q=%ff, 400"})
    void every_answer_carries_the_security_headers(String path, int status) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'").doesNotContain("'unsafe-eval'");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
