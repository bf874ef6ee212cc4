package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page a browser test visits: axe-core's WCAG 2.1 A and AA rules run in the page at 1280 px and again at 320 px
 * (zero violation allowed, each one listed when there are some), the page must not scroll sideways at 320 px (WCAG
 * 1.4.10, which axe-core does not check), and a full-page screenshot is taken at both widths, kept under
 * {@code target/portal-screenshots/}. The results of the run are gathered for the accessibility statement
 * ({@link AuditReport}).
 */
public final class AccessibilityAudit {

    /** The rules of RGAA 4.1's reference, WCAG 2.1 level AA, that axe-core can check. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");
    static final int WIDE = 1280;
    static final int NARROW = 320;
    /** A taller page is cut: a screenshot is for looking at, not for an endless scroll. */
    private static final int SCREENSHOT_MAX_HEIGHT = 12_000;

    /**
     * One page as audited: its name, title, address, whether signed in and with JavaScript, how many of axe-core's
     * rules it passed at both widths, and what it violated.
     */
    public record PageResult(String name, String title, String path, boolean signedIn, boolean javascript,
                             int rulesPassed, List<String> violations) {

        /** The page's key in the run's results and its screenshots' names, e.g. {@code accueil-connecte-sans-js}. */
        public String key() {
            return AccessibilityAudit.key(name, signedIn, javascript);
        }
    }

    /** Every page audited in this run (the last audit of a page wins), by {@link PageResult#key()}. */
    static final Map<String, PageResult> RESULTS = new ConcurrentHashMap<>();
    /** The version of the browser the pages were audited in, for the statement's test environment. */
    static volatile String browserVersion = "";

    private AccessibilityAudit() {
    }

    static String key(String name, boolean signedIn, boolean javascript) {
        return name + (signedIn ? "-connecte" : "") + (javascript ? "" : "-sans-js");
    }

    static void check(PortalBrowser browser, String name, String title) {
        ChromeDriver driver = browser.chrome();
        browserVersion = driver.getCapabilities().getBrowserVersion();
        String key = key(name, browser.signedIn(), browser.javascript());
        URI address = URI.create(driver.getCurrentUrl());
        String path = address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
        Set<String> passed = new TreeSet<>();
        Set<String> violations = new LinkedHashSet<>();
        if (!browser.javascript()) {
            // The page loaded without its scripts; axe-core alone runs, then scripts are off again for what follows.
            PortalBrowser.setScriptsDisabled(driver, false);
        }
        try {
            layOut(driver, WIDE);
            AxeRun wide = AxeRun.of(driver, TAGS);
            passed.addAll(wide.passes());
            violations.addAll(wide.violations());
            screenshot(driver, key, WIDE);
            layOut(driver, NARROW);
            AxeRun narrow = AxeRun.of(driver, TAGS);
            passed.addAll(narrow.passes());
            narrow.violations().forEach(violation -> violations.add("à " + NARROW + " px : " + violation));
            long sideways = ((Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
            if (sideways > 0) {
                violations.add("reflow : à " + NARROW + " px, la page défile horizontalement de " + sideways
                        + " px (WCAG 1.4.10, RGAA 10.11)");
            }
            screenshot(driver, key, NARROW);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            if (!browser.javascript()) {
                PortalBrowser.setScriptsDisabled(driver, true);
            }
        }
        passed.removeAll(AxeRun.ruleIds(violations));
        List<String> found = List.copyOf(violations);
        RESULTS.put(key, new PageResult(name, title, path, browser.signedIn(), browser.javascript(), passed.size(), found));
        assertThat(found).as("accessibilité (axe-core " + AxeCore.VERSION + ", WCAG 2.1 AA, " + WIDE + " et " + NARROW
                + " px) de la page « " + title + " » (" + path + ", " + key + ")").isEmpty();
    }

    /** Lays the page out at {@code width} CSS pixels as a phone or a desktop would, until the override is cleared. */
    private static void layOut(ChromeDriver driver, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** A screenshot of the whole page as laid out at {@code width}, wider than that if the page overflows. */
    private static void screenshot(ChromeDriver driver, String key, int width) {
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        double shotWidth = Math.max(width, ((Number) content.get("width")).doubleValue());
        double shotHeight = Math.min(SCREENSHOT_MAX_HEIGHT, ((Number) content.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", shotWidth, "height", shotHeight, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(key + "-" + width + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run of axe-core on the page as it is laid out now. */
    private record AxeRun(List<String> passes, List<String> violations) {

        @SuppressWarnings("unchecked")
        static AxeRun of(ChromeDriver driver, List<String> tags) {
            if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
                driver.executeScript(AxeCore.script());
            }
            Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                            + " resultTypes: ['violations']})"
                            + ".then(r => done({passes: r.passes.map(p => p.id),"
                            + " violations: r.violations.map(v => v.id + ' (' + v.impact + ') : ' + v.help"
                            + " + ' → ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))"
                            + ".catch(e => done({error: String(e)}));", tags);
            assertThat(results).as("axe-core").doesNotContainKey("error");
            return new AxeRun(new ArrayList<>((List<String>) results.get("passes")),
                    new ArrayList<>((List<String>) results.get("violations")));
        }

        /** The axe-core rules named by violations as {@link #of} words them ({@code id (impact) : …}). */
        static Set<String> ruleIds(Set<String> violations) {
            Set<String> ids = new TreeSet<>();
            violations.forEach(violation -> ids.add(violation.replaceFirst("^à \\d+ px : ", "").split(" ", 2)[0]));
            return ids;
        }
    }
}
