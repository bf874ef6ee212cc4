package fr.mutualis.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A browser sends a form without a charset in its {@code Content-Type}. The malformed-request filter reads the
 * parameters first, and Spring Boot's character encoding filter shares its place at the head of the chain, so it may
 * come second: the form must still be read as UTF-8. The encoding filter is switched off here to show the worst order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = FormEncodingIntegrationTest.FormApp.class, properties = "server.servlet.encoding.enabled=false")
class FormEncodingIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void a_form_without_a_charset_is_read_as_utf8_whichever_filter_comes_first() throws IOException {
        String body = "q=%C3%A9t%C3%A9+d%C3%A9mat";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /form HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                    + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 200").contains("\"q\":\"été démat\"");
        }
    }

    @SpringBootApplication
    @RestController
    static class FormApp {

        @PostMapping(path = "/form", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        Map<String, String> form(@RequestParam String q) {
            return Map.of("q", q);
        }
    }
}
