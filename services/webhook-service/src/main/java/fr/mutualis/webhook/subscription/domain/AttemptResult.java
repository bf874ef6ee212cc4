package fr.mutualis.webhook.subscription.domain;

/**
 * How one HTTP attempt ended: the receiver's status code, or why no answer came (connection refused, timeout, TLS
 * failure…).
 *
 * @param statusCode the HTTP status, null when there was no answer
 * @param error      why there was no answer, null when there was one
 */
public record AttemptResult(Integer statusCode, String error) {

    /** Longest error text kept; the rest of a stack of causes does not help an administrator. */
    public static final int MAX_ERROR_LENGTH = 500;

    public AttemptResult {
        if ((statusCode == null) == (error == null)) {
            throw new IllegalArgumentException("Either a status code or an error");
        }
        if (error != null && error.length() > MAX_ERROR_LENGTH) {
            error = error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
        }
    }

    public static AttemptResult answered(int statusCode) {
        return new AttemptResult(statusCode, null);
    }

    public static AttemptResult unanswered(String error) {
        return new AttemptResult(null, error == null || error.isBlank() ? "no answer" : error);
    }

    /** 2xx, and only 2xx: a redirection is not followed, it is a failure. */
    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** What to show an administrator, e.g. {@code HTTP 500} or {@code ConnectException: Connection refused}. */
    public String describe() {
        return statusCode != null ? "HTTP " + statusCode : error;
    }
}
