package fr.mutualis.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests a clumsy client or an attacker sends, on a real Tomcat, whatever layer refuses them: each answer is a
 * French problem+json, never a 5xx, never HTML.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = HostileRequestsIntegrationTest.EchoApp.class)
class HostileRequestsIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "GET /echo?q=%ff HTTP/1.1             | 400",
            "GET /echo?q=%zz HTTP/1.1             | 400",
            "GET /echo?q=a%00b HTTP/1.1           | 400",
            "GET /nothing/here HTTP/1.1           | 404",
            "GET /echo/a%2Fb HTTP/1.1             | 400",
            "GET /error HTTP/1.1                  | 404",
            "POST /error HTTP/1.1                 | 404",
            "DELETE /echo HTTP/1.1                | 405",
            "CONNECT 127.0.0.1:80 HTTP/1.1        | 405",
            "GET /echo HTTP/9.9                   | 400",
            "GET /ec ho HTTP/1.1                  | 400",
            "GET /echo?q=<script> HTTP/1.1        | 400",
    })
    void every_refusal_is_a_french_problem(String requestLine, int status) throws IOException {
        assertFrenchProblem(send(requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), status);
    }

    @Test
    void oversized_headers_are_a_french_problem() throws IOException {
        String header = "X-Filler: " + "a".repeat(20_000) + "\r\n";
        assertFrenchProblem(send("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header + "Connection: close\r\n\r\n"),
                400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "text/plain", "application/x-www-form-urlencoded", "json", "a/b/c"})
    void a_body_in_another_format_than_json_is_a_french_problem(String contentType) throws IOException {
        String body = "{\"q\":\"a\"}";
        assertFrenchProblem(send("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body), 415);
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"a/b/c", "*/*;q=abc", "text/html;;"})
    void an_accept_header_that_cannot_be_parsed_still_gets_a_french_problem(String accept) throws IOException {
        assertFrenchProblem(send("GET /nothing/here HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
                + "\r\nConnection: close\r\n\r\n"), 404);
        assertThat(send("GET /count?n=abc HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
                + "\r\nConnection: close\r\n\r\n")).containsIgnoringCase("content-type: application/problem+json");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"a/b/c", "*/*;q=abc"})
    void a_feature_problem_without_media_type_survives_an_accept_header_that_cannot_be_parsed(String accept)
            throws IOException {
        assertFrenchProblem(send("GET /missing HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
                + "\r\nConnection: close\r\n\r\n"), 404);
    }

    @Test
    void a_long_value_is_named_by_an_excerpt_not_echoed_whole() throws IOException {
        String sent = "x".repeat(5_000);
        String answer = send("GET /count?n=" + sent + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertFrenchProblem(answer, 400);
        assertThat(answer).contains("« " + "x".repeat(40) + "… »").doesNotContain("x".repeat(41));
    }

    @Test
    void a_valid_request_still_works() throws IOException {
        assertThat(send("GET /echo?q=%C3%A9t%C3%A9 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200").contains("\"q\":\"été\"");
    }

    private static void assertFrenchProblem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":" + status)
                .containsPattern("\"title\":\"[^\"]*[éèêàç ][^\"]*\"")
                .doesNotContain("<html");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @SpringBootApplication
    @RestController
    static class EchoApp {

        @GetMapping("/echo")
        Map<String, String> echo(@RequestParam(defaultValue = "") String q) {
            return Map.of("q", q);
        }

        @GetMapping("/count")
        Map<String, Integer> count(@RequestParam int n) {
            return Map.of("n", n);
        }

        @PostMapping("/echo")
        Map<String, String> post(@RequestBody Map<String, String> body) {
            return body;
        }

        @GetMapping("/missing")
        Map<String, String> missing() {
            throw new IllegalStateException("nothing here");
        }

        /** As features write their problems: a {@code ResponseEntity<ProblemDetail>} without a media type. */
        @ExceptionHandler
        ResponseEntity<ProblemDetail> missing(IllegalStateException ex) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "Ressource introuvable", "Rien à cette adresse."));
        }
    }
}
