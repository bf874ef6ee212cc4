package fr.mutualis.files;

import java.io.InputStream;
import java.util.Optional;

/** An antivirus that reads a content and tells whether it is malicious. */
public interface VirusScanner {

    /**
     * Reads {@code content} to its end (the caller closes it) and returns its verdict.
     *
     * @throws ScannerUnavailableException when no verdict could be had: the content must then not be kept
     */
    Verdict scan(InputStream content);

    /** Whether the antivirus answers now, for health checks. */
    boolean ping();

    /** A clean content, or the name of the signature it matched. */
    record Verdict(Optional<String> signature) {

        private static final Verdict CLEAN = new Verdict(Optional.empty());

        public static Verdict clean() {
            return CLEAN;
        }

        public static Verdict infected(String signature) {
            return new Verdict(Optional.of(signature));
        }

        public boolean isClean() {
            return signature.isEmpty();
        }
    }
}
