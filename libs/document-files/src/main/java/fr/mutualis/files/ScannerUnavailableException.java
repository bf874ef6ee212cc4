package fr.mutualis.files;

/**
 * The antivirus could not give a verdict (clamd unreachable, timed out, or answering an error): not a refusal of the
 * file but an unavailability of the platform (503). The file is not stored: a file is never kept unscanned.
 */
public final class ScannerUnavailableException extends RuntimeException {

    public ScannerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ScannerUnavailableException(String message) {
        super(message);
    }
}
