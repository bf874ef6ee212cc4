package fr.mutualis.e2e.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person in front of the portal: Debian's Chromium, headless, driven through Debian's ChromeDriver, with or without
 * JavaScript. Every page it {@linkplain #visit visits} is checked by axe-core and photographed at 1280 and 320 px
 * ({@link AccessibilityAudit}).
 */
public final class PortalBrowser implements AutoCloseable {

    /** Where Debian's packages {@code chromium} and {@code chromium-driver} put them (.ci/run installs them). */
    static final Path CHROMIUM = Path.of(System.getProperty("mutualis.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("mutualis.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Selenium looks for a CDP client matching the browser's version, which these tests do not use (they send their
     * few DevTools commands through ChromeDriver): its warning at every start would only be noise. Held here because
     * java.util.logging forgets the level of a logger nobody references.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private final ChromeDriver driver;
    private final String portalUrl;
    private final boolean javascript;
    private boolean signedIn;

    private PortalBrowser(ChromeDriver driver, String portalUrl, boolean javascript) {
        this.driver = driver;
        this.portalUrl = portalUrl;
        this.javascript = javascript;
    }

    /** A new browser (its own empty profile: no cookie of another test) on the portal at {@code portalUrl}. */
    public static PortalBrowser open(String portalUrl, boolean javascript) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium et ChromeDriver introuvables (" + CHROMIUM + ", " + CHROMEDRIVER
                    + ") : apt-get install chromium chromium-driver / Chromium and ChromeDriver not found");
        }
        ChromeOptions options = new ChromeOptions();
        // Both the browser and the driver given: Selenium Manager, which would download them, never runs.
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: without these, Chromium keeps trying to reach Google's hosts.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=fr-FR");
        // The browser's own network log, to see the requests a click makes (redirects included): {@link #documentRequests}.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (!javascript) {
            // Scripts off the way DevTools turns them off (for every page of the tab, whatever its site): unlike the
            // content setting, it can be lifted for axe-core alone once a page has loaded without its scripts.
            setScriptsDisabled(driver, true);
        }
        return new PortalBrowser(driver, portalUrl.replaceAll("/$", ""), javascript);
    }

    static void setScriptsDisabled(ChromeDriver driver, boolean disabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", disabled));
    }

    public WebDriver driver() {
        return driver;
    }

    ChromeDriver chrome() {
        return driver;
    }

    public boolean javascript() {
        return javascript;
    }

    public boolean signedIn() {
        return signedIn;
    }

    /** The portal's address of {@code path}. */
    public String url(String path) {
        return portalUrl + path;
    }

    /**
     * Signs in as the demo account {@code username} the way a person does: « Se connecter » on the portal, the
     * provider's sign-in form, and back on the portal, signed in. The provider's page is audited too.
     */
    public PortalBrowser signIn(String username, String password) {
        driver.get(url("/"));
        driver.findElement(By.linkText("Se connecter")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        AccessibilityAudit.check(this, "connexion-fournisseur", "Connexion (fournisseur d'identité)");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches("^" + Pattern.quote(portalUrl)));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//button[normalize-space()='Se déconnecter']")));
        signedIn = true;
        return this;
    }

    /** « Se déconnecter »: back on the portal, signed out of the portal and of the provider. */
    public PortalBrowser signOut() {
        driver.findElement(By.xpath("//button[normalize-space()='Se déconnecter']")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Se connecter")));
        signedIn = false;
        return this;
    }

    /**
     * Opens {@code path}, checks it with axe-core and photographs it; {@code name} names the page in the audit and the
     * screenshots' files (a-z, digits, dashes), {@code title} is its title for the accessibility statement.
     */
    public PortalBrowser visit(String path, String name, String title) {
        driver.get(url(path));
        AccessibilityAudit.check(this, name, title);
        return this;
    }

    /** Checks and photographs the page the browser is on now (after a click or a form sent). */
    public PortalBrowser audit(String name, String title) {
        AccessibilityAudit.check(this, name, title);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The text of the page's {@code <main>}. */
    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /**
     * The addresses of the pages the browser asked for since the last call (or since it opened), in order, each
     * redirect included: what a click really sent, e.g. the provider's authorization request behind « Se connecter ».
     */
    public List<String> documentRequests() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> JSON.readTree(entry.getMessage()).path("message"))
                .filter(message -> message.path("method").asString().equals("Network.requestWillBeSent"))
                .map(message -> message.path("params"))
                .filter(params -> params.path("type").asString().equals("Document"))
                .map(params -> params.path("request").path("url").asString())
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
