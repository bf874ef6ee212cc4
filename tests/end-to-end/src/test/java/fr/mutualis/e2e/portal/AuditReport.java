package fr.mutualis.e2e.portal;

import fr.mutualis.e2e.portal.AccessibilityAudit.PageResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accessibility audit of a test run as a document: which pages were checked (signed in or not, with or without
 * JavaScript), what they violated, with which axe-core, rules and browser, and when. The portal renders its
 * accessibility statement from the committed copy ({@link #COMMITTED}), which
 * {@code PortalAccessibilityStatementEndToEndTest} keeps equal to what the tests find.
 */
public record AuditReport(String date, String axeCore, List<String> tags, String browser, List<Integer> widths,
                          List<PageResult> pages) {

    /** This run's audit, written when the test run ends ({@link AccessibilityReportSession}). */
    static final Path OF_THIS_RUN = Path.of("target", "accessibilite", "audit.json");
    /** The portal's copy, from which it renders the statement at {@code /accessibilite}. */
    static final Path COMMITTED = Path.of(System.getProperty("mutualis.project.root", "../.."))
            .resolve("services/portal/src/main/resources/accessibilite/audit.json");
    /** {@code -Dmutualis.accessibility.write=true}: the run's audit replaces the committed one. */
    static final String WRITE_PROPERTY = "mutualis.accessibility.write";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** The portal's pages first, then by address, signed out before signed in, with JavaScript before without. */
    private static final Comparator<PageResult> ORDER = Comparator
            .comparing((PageResult page) -> page.name().startsWith("connexion-fournisseur"))
            .thenComparing(PageResult::path).thenComparing(PageResult::signedIn)
            .thenComparing(page -> !page.javascript()).thenComparing(PageResult::name);

    /** The pages audited so far in this run. */
    static AuditReport ofThisRun() {
        return new AuditReport(LocalDate.now(ZoneId.of("Europe/Paris")).toString(), AxeCore.VERSION,
                AccessibilityAudit.TAGS, "Chromium " + AccessibilityAudit.browserVersion + " (headless)",
                List.of(AccessibilityAudit.WIDE, AccessibilityAudit.NARROW),
                AccessibilityAudit.RESULTS.values().stream().sorted(ORDER).toList());
    }

    static AuditReport read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), AuditReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(this) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PageResult page(String key) {
        return pages.stream().filter(page -> page.key().equals(key)).findFirst().orElse(null);
    }

    List<String> keys() {
        return pages.stream().map(PageResult::key).toList();
    }
}
