package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every page a browser test visits: axe-core's WCAG 2.1 A and AA rules run in the page (zero violation allowed,
 * each one listed when there are some), and a full-page screenshot at 1280 px and at 320 px, kept under
 * {@code target/portal-screenshots/}. The results of the run are gathered for the accessibility statement.
 */
public final class AccessibilityAudit {

    /** The rules of RGAA 4.1's reference, WCAG 2.1 level AA, that axe-core can check. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");
    static final int WIDE = 1280;
    static final int NARROW = 320;

    /** One page as audited: its name, title, whether signed in, and the rules it was checked against. */
    public record PageResult(String name, String title, String path, boolean signedIn, boolean javascript,
                             int rulesPassed, List<String> violations) {
    }

    static final Map<String, PageResult> RESULTS = new ConcurrentHashMap<>();

    private AccessibilityAudit() {
    }

    static void check(PortalBrowser browser, String name, String title) {
        var driver = browser.chrome();
        driver.executeScript(AxeCore.script());
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + ') : ' + v.help"
                        + " + ' → ' + v.nodes.map(n => n.target.join(' ')).join(', ')), passes: r.passes.length}))"
                        + ".catch(e => done({error: String(e)}));", TAGS);
        assertThat(results).as("axe-core sur / on " + name).doesNotContainKey("error");
        @SuppressWarnings("unchecked")
        List<String> violations = new ArrayList<>((List<String>) results.get("violations"));
        String path = java.net.URI.create(driver.getCurrentUrl()).getPath();
        String key = name + (browser.javascript() ? "" : "-sans-js");
        RESULTS.put(key, new PageResult(name, title, path, browser.signedIn(), browser.javascript(),
                ((Number) results.get("passes")).intValue(), List.copyOf(violations)));
        screenshot(browser, key, WIDE);
        screenshot(browser, key, NARROW);
        assertThat(violations).as("violations axe-core (WCAG 2.1 AA) de la page « " + title + " » (" + path + ")")
                .isEmpty();
    }

    /** A full-page screenshot at {@code width} CSS pixels, as a phone or a desktop shows it. */
    private static void screenshot(PortalBrowser browser, String name, int width) {
        var driver = browser.chrome();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    static String summary() {
        return RESULTS.values().stream().map(result -> result.name() + ": " + result.violations().size())
                .collect(Collectors.joining(", "));
    }
}
