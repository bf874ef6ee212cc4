package fr.mutualis.demat.support;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** A plain HTTP client of the running service, anonymous or with a bearer token; it never throws on a status. */
public final class DematApi {

    private final RestClient client;

    DematApi(int port, String authorization) {
        this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<byte[]> download(String path) {
        return client.get().uri(path).retrieve().toEntity(byte[].class);
    }

    public ResponseEntity<JsonNode> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> put(String path, String json) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> delete(String path) {
        return client.delete().uri(path).retrieve().toEntity(JsonNode.class);
    }

    /** A multipart request with one file in part {@code part}. */
    public ResponseEntity<JsonNode> upload(String method, String path, String part, String name, String type,
                                           byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(type));
        parts.add(part, new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers));
        var spec = "PUT".equals(method) ? client.put().uri(path) : client.post().uri(path);
        return spec.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JsonNode.class);
    }

    public static String acte(int nature, String matiere, String numero, String objet, String date) {
        return "{\"nature\": " + nature + ", \"matiere\": \"" + matiere + "\", \"numero\": \"" + numero
                + "\", \"objet\": \"" + objet + "\", \"dateDecision\": \"" + date + "\"}";
    }

}
