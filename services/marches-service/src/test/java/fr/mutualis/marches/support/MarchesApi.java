package fr.mutualis.marches.support;

import java.util.Map;
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
public final class MarchesApi {

    private final RestClient client;

    MarchesApi(int port, String authorization) {
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

    /** A multipart POST: each file (name → content) in part {@code part}. */
    public ResponseEntity<JsonNode> upload(String path, String part, Map<String, byte[]> files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        files.forEach((name, content) -> parts.add(part, new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        })));
        return client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .toEntity(JsonNode.class);
    }

    /** A consultation's body, with the given reference and deadline (Paris local time). */
    public static String consultation(String reference, String deadline) {
        return """
                {"reference": "%s", "objet": "Refonte du portail des démarches en ligne", "codeCpv": "72000000-5",
                 "procedure": "Procédure adaptée", "categorie": "services", "montantEstime": 180000.00,
                 "lots": [{"numero": 1, "intitule": "Développement", "montantEstime": 120000},
                          {"numero": 2, "intitule": "Hébergement", "montantEstime": 60000}],
                 "lieuExecution": {"code": "33063", "typeCode": "Code commune"}, "dateLimite": "%s"}
                """.formatted(reference, deadline);
    }
}
