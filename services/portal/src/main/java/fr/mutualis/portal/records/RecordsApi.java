package fr.mutualis.portal.records;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * experience-service's records API, called as the signed-in person: it decides who may read or change what, and
 * refuses with a {@link ServiceProblem}. Changes send the version the person saw as {@code If-Match}, so that a change
 * made meanwhile by someone else is not overwritten.
 */
@Component
class RecordsApi {

    /** The API's largest page: a collectivité's records fit in it (the list page says when they do not). */
    static final int PAGE_SIZE = 100;
    private static final String RECORDS = "/api/experiences";
    private static final String RECORD = RECORDS + "/{id}";

    private final PlatformServices services;

    RecordsApi(PlatformServices services) {
        this.services = services;
    }

    /** @param status {@code draft}, {@code published} or {@code archived}; null for all */
    RecordView.Page listOf(String siren, String status) {
        return api().get().uri(builder -> builder.path(RECORDS).queryParam("collectivite", siren)
                        .queryParam("size", PAGE_SIZE).queryParamIfPresent("statut", Optional.ofNullable(status))
                        .build())
                .retrieve().body(RecordView.Page.class);
    }

    RecordView get(UUID id) {
        return api().get().uri(RECORD, id).retrieve().body(RecordView.class);
    }

    RecordView create(Map<String, Object> body) {
        return api().post().uri(RECORDS).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(RecordView.class);
    }

    RecordView update(UUID id, long version, Map<String, Object> body) {
        return api().put().uri(RECORD, id).header(HttpHeaders.IF_MATCH, etag(version))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(RecordView.class);
    }

    RecordView publish(UUID id, long version) {
        return api().post().uri(RECORD + "/publication", id).header(HttpHeaders.IF_MATCH, etag(version))
                .retrieve().body(RecordView.class);
    }

    RecordView archive(UUID id, long version) {
        return api().post().uri(RECORD + "/archivage", id).header(HttpHeaders.IF_MATCH, etag(version))
                .retrieve().body(RecordView.class);
    }

    RecordView eraseContact(UUID id) {
        return api().delete().uri(RECORD + "/contact", id).retrieve().body(RecordView.class);
    }

    private RestClient api() {
        return services.of(PlatformServices.EXPERIENCE);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
