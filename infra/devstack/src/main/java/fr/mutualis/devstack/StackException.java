package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A failure of one component, told in one line (French / English) followed by the last lines of its log, so that
 * whoever reads it knows which component failed and why without opening anything.
 */
public class StackException extends RuntimeException {

    private static final int LOG_TAIL_LINES = 20;

    private final String component;

    public StackException(String component, String message) {
        super(message);
        this.component = component;
    }

    public StackException(String component, String message, Throwable cause) {
        super(message, cause);
        this.component = component;
    }

    /** A failure whose explanation is at the end of the component's log. */
    public static StackException withLogTail(String component, String message, Path log) {
        return new StackException(component, message + System.lineSeparator() + tail(log));
    }

    public String component() {
        return component;
    }

    /** The one-line summary, then any detail. */
    public String describe() {
        return "mutualis: ÉCHEC / FAILED [" + component + "] " + getMessage();
    }

    static String tail(Path log) {
        if (!Files.exists(log)) {
            return "  (pas de journal / no log at " + log + ")";
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            StringBuilder text = new StringBuilder("  dernières lignes de / last lines of " + log + ":");
            last.forEach(line -> text.append(System.lineSeparator()).append("  | ").append(line));
            return text.toString();
        } catch (IOException e) {
            return "  (journal illisible / unreadable log " + log + ": " + e.getMessage() + ")";
        }
    }
}
