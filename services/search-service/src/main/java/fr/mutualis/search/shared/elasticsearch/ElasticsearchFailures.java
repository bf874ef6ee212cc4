package fr.mutualis.search.shared.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;

/** What a failed call to Elasticsearch says, whichever client made it. */
public final class ElasticsearchFailures {

    private ElasticsearchFailures() {
    }

    /**
     * The HTTP status of a failed call, or -1 when there was no answer (connection refused, timeout). The client
     * raises {@link ElasticsearchException} for the statuses it asks the low-level client to let through (400, 401,
     * 403, 404, 405); any other, 409 included, comes as the low-level {@link ResponseException}.
     */
    public static int httpStatus(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof ElasticsearchException es) {
                return es.status();
            }
            if (e instanceof ResponseException response) {
                return response.getResponse().getStatusLine().getStatusCode();
            }
            if (e instanceof TransportException transport && transport.statusCode() > 0) {
                return transport.statusCode();
            }
        }
        return -1;
    }
}
