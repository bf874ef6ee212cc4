package fr.mutualis.portal.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the browser tests found on the portal's pages: each page as audited (signed in or not, with or without
 * JavaScript), axe-core's violations and passed rules, with which axe-core, rules, browser and widths, and when.
 */
public record AccessibilityTestResults(String date, String axeCore, List<String> tags, String browser, List<Integer> widths,
                          List<AuditedPage> pages) {

    /** The committed copy of the tests' audit (tests/end-to-end's AuditReport writes it). */
    static final String RESOURCE = "accessibilite/audit.json";

    public record AuditedPage(String name, String title, String path, boolean signedIn, boolean javascript, int rulesPassed,
                       List<String> violations) {
    }

    /** A page of the portal (or of the sign-in) the tests checked, whatever the ways it was opened. */
    public record VerifiedPage(String title, String path) {
    }

    static AccessibilityTestResults committed() {
        try (InputStream json = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(json, AccessibilityTestResults.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The accessibility audit " + RESOURCE + " is part of the portal", e);
        }
    }

    public List<VerifiedPage> verifiedPages() {
        return pages.stream().map(page -> new VerifiedPage(page.title(), page.path())).distinct().toList();
    }

    public int violationCount() {
        return pages.stream().mapToInt(page -> page.violations().size()).sum();
    }

    public List<AuditedPage> pagesWithViolations() {
        return pages.stream().filter(page -> !page.violations().isEmpty()).toList();
    }

    /** The widths the pages were laid out at, as a French reader writes them: « 1 280 et 320 ». */
    public String widthsText() {
        List<String> numbers = widths.stream()
                .map(width -> String.format(Locale.FRANCE, "%,d", width).replace('\u202f', '\u00a0')).toList();
        return numbers.size() < 2 ? String.join("", numbers)
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " et " + numbers.get(numbers.size() - 1);
    }

    public String tagsText() {
        return tags.stream().collect(Collectors.joining(", "));
    }
}
