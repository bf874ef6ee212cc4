package fr.mutualis.demat.transmission.gateway;

import fr.mutualis.demat.transmission.domain.Envelope;
import fr.mutualis.demat.transmission.domain.Teletransmission;
import fr.mutualis.demat.transmission.domain.TeletransmissionException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The tiers de télétransmission over HTTP: {@code POST /api/transmissions} (envelope, acte, annexes as multipart),
 * {@code GET /api/transmissions/{id}}, {@code …/pieces-complementaires}, {@code …/annulation}.
 */
@Component
class HttpTeletransmission implements Teletransmission {

    private final PrefectureProperties properties;
    private volatile RestClient client;

    HttpTeletransmission(PrefectureProperties properties) {
        this.properties = properties;
    }

    @Override
    public String send(Envelope envelope, Attachment acte, List<Attachment> annexes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("enveloppe", part("enveloppe.xml", MediaType.APPLICATION_XML_VALUE, ActesEnvelopeXml.of(envelope)));
        parts.add("acte", part(acte));
        annexes.forEach(annex -> parts.add("annexes", part(annex)));
        Accepted accepted = call(() -> client().post().uri("/api/transmissions")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(Accepted.class));
        return accepted.transmissionId();
    }

    @Override
    public PrefectureAnswer status(String transmissionId) {
        TransmissionStatus status = call(() -> client().get().uri("/api/transmissions/{id}", transmissionId)
                .retrieve().body(TransmissionStatus.class));
        return switch (status.status()) {
            case "EN_ATTENTE" -> new PrefectureAnswer(Status.PENDING, null, null, null);
            case "ACQUITTEE" -> new PrefectureAnswer(Status.ACKNOWLEDGED, status.acknowledgement().identifier(),
                    status.acknowledgement().receivedAt(), null);
            case "REFUSEE" -> new PrefectureAnswer(Status.REFUSED, null, null, status.refusal().reason());
            case "PIECES_DEMANDEES" -> new PrefectureAnswer(Status.COMPLEMENT_REQUESTED,
                    status.acknowledgement() == null ? null : status.acknowledgement().identifier(),
                    status.acknowledgement() == null ? null : status.acknowledgement().receivedAt(),
                    status.complementRequest().message());
            case "ANNULEE" -> new PrefectureAnswer(Status.CANCELLED, null, null, null);
            default -> throw new TeletransmissionException("Réponse inconnue du tiers de télétransmission : "
                    + status.status(), null);
        };
    }

    @Override
    public void sendComplement(String transmissionId, List<Attachment> pieces) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        pieces.forEach(piece -> parts.add("pieces", part(piece)));
        call(() -> client().post().uri("/api/transmissions/{id}/pieces-complementaires", transmissionId)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toBodilessEntity());
    }

    @Override
    public void cancel(String transmissionId, String reason) {
        call(() -> client().post().uri("/api/transmissions/{id}/annulation", transmissionId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("motif", reason)).retrieve().toBodilessEntity());
    }

    private RestClient client() {
        if (client == null) {
            if (properties.url() == null || properties.password() == null) {
                throw new TeletransmissionException("Le tiers de télétransmission n'est pas configuré.", null);
            }
            client = RestClient.builder().baseUrl(properties.url().toString())
                    .defaultHeaders(headers -> headers.setBasicAuth(properties.login(), properties.password()))
                    .build();
        }
        return client;
    }

    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientException e) {
            throw new TeletransmissionException("Le tiers de télétransmission n'a pas accepté la demande : "
                    + e.getMessage(), e);
        }
    }

    private static HttpEntity<ByteArrayResource> part(Attachment attachment) {
        return part(attachment.name(), attachment.mediaType(), attachment.content());
    }

    private static HttpEntity<ByteArrayResource> part(String name, String mediaType, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(mediaType));
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    record Accepted(String transmissionId, String status) {
    }

    record TransmissionStatus(String transmissionId, String acteIdentifier, String status, Ar acknowledgement,
                              Refusal refusal, Complement complementRequest, List<Object> history) {
    }

    record Ar(String identifier, Instant receivedAt) {
    }

    record Refusal(String reason) {
    }

    record Complement(String message, Instant requestedAt) {
    }
}
