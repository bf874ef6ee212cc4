package fr.mutualis.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request, sent as raw bytes so that what no well-behaved client could send (invalid
 * percent-encoding, invalid UTF-8, lone surrogates, broken framing) reaches the service as written.
 *
 * @param number        its rank in the endpoint's campaign: with the seed, enough to generate it again
 * @param endpoint      the endpoint it attacks, e.g. {@code POST /api/experiences}
 * @param attack        what it breaks, in words
 * @param mustBeRefused true when it is invalid by construction (a 2xx is then a failure); false for a hostile but
 *                      possibly valid read (extreme paging, odd text), which must only not break the service
 * @param sentValues    long values it carries, that the answer must not echo beyond an excerpt
 * @param raw           the bytes sent on the connection
 */
public record HostileRequest(int number, String endpoint, String attack, boolean mustBeRefused,
                             List<String> sentValues, byte[] raw) {

    /** The request line, for reports (never the whole request: it may be megabytes). */
    public String requestLine() {
        String text = new String(raw, 0, Math.min(raw.length, 300), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n");
        return end < 0 ? text : text.substring(0, end);
    }

    @Override
    public String toString() {
        String line = requestLine();
        return "#" + number + " " + attack + " [" + (line.length() > 160 ? line.substring(0, 160) + "…" : line) + "]";
    }

    /** Builds the bytes of an HTTP/1.1 request. */
    static final class Builder {
        private final StringBuilder head = new StringBuilder();
        private byte[] body;

        Builder(String method, String target) {
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        }

        Builder header(String name, String value) {
            if (value != null) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
            return this;
        }

        Builder body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        byte[] build() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String text = head + (body == null ? "" : "Content-Length: " + body.length + "\r\n")
                    + "Connection: close\r\n\r\n";
            // Header values are sent as written: non-ASCII characters travel as their UTF-8 bytes.
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }
    }
}
