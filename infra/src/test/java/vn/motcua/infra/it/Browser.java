package vn.motcua.infra.it;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Headless Chromium for UI system tests, using Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * (nothing is downloaded: the driver path is given, so Selenium Manager is not used). Each instance has a fresh
 * temporary profile; {@link #close()} quits the browser and deletes it.
 * <p>
 * Every page must live with the Content-Security-Policy: a script, style or handler the policy refused is
 * reported on the browser's console, and {@link #close()} (or {@link #assertNoPolicyViolations()}) fails the test
 * with the messages, so a new inline handler cannot slip in through a page that no header test looks at.
 *
 * <pre>{@code
 * try (Browser b = Browser.open()) {
 *     b.go(SystemUnderTest.get().baseUrl() + "/");
 *     b.screenshot("home");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profileDir;
    private final List<String> violations = new ArrayList<>();

    private Browser(WebDriver driver, Path profileDir) {
        this.driver = driver;
        this.profileDir = profileDir;
    }

    /** Starts a headless Chromium (1366x900, Vietnamese UI language). */
    public static Browser open() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("motcua-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=vi", "--window-size=1366,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Navigates to an absolute URL, or to a path of the shared system under test. */
    public Browser go(String urlOrPath) {
        driver.get(urlOrPath.startsWith("http") ? urlOrPath : SystemUnderTest.get().uri(urlOrPath).toString());
        return this;
    }

    /**
     * A wait with the given timeout, e.g. {@code b.waitUpTo(10).until(ExpectedConditions...)}. It survives the page
     * being replaced under it: a postback or ajax update re-rendering the element a condition was reading is a
     * reason to look again, not a failure.
     */
    public WebDriverWait waitUpTo(int seconds) {
        return new PageWait(driver, Duration.ofSeconds(seconds));
    }

    /**
     * Since Chrome 134 the DevTools protocol sometimes answers a read of an element whose document was just replaced
     * with "unknown error: unhandled inspector error: … Node with given id does not belong to the document" instead
     * of a stale element reference (SeleniumHQ/selenium#15401). It means the same thing, so a wait treats it the same
     * way: look again. Any other error still ends the wait at once.
     */
    static final class PageWait extends WebDriverWait {

        PageWait(WebDriver driver, Duration timeout) {
            super(driver, timeout);
            ignoring(StaleElementReferenceException.class);
        }

        @Override
        public <V> V until(Function<? super WebDriver, V> isTrue) {
            return super.until(d -> {
                try {
                    return isTrue.apply(d);
                } catch (StaleElementReferenceException e) {
                    throw e;
                } catch (WebDriverException e) {
                    if (isNodeOfAReplacedDocument(e)) {
                        throw new StaleElementReferenceException("The element's document was replaced", e);
                    }
                    throw e;
                }
            });
        }
    }

    static boolean isNodeOfAReplacedDocument(WebDriverException e) {
        String message = e.getMessage();
        return message != null && (message.contains("does not belong to the document")
                || message.contains("No node with given id found"));
    }

    /**
     * Saves a PNG of the current viewport as {@code infra/target/screenshots/<name>.png} (name sanitised; an
     * existing file is replaced) and returns its path.
     */
    public Path screenshot(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        Path dir = screenshotDir();
        try {
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(safe.endsWith(".png") ? safe : safe + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(png.toPath());
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + safe, e);
        }
    }

    /** {@code infra/target/screenshots}. */
    public static Path screenshotDir() {
        return Path.of(System.getProperty("motcua.it.targetDir", "target")).toAbsolutePath().normalize()
                .resolve("screenshots");
    }

    /** Console messages so far that report a Content-Security-Policy violation (read once, kept here). */
    public List<String> policyViolations() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (isPolicyViolation(entry.getMessage())) {
                    violations.add(entry.getMessage());
                }
            }
        } catch (WebDriverException e) {
            // browser already gone: what was read before is all there is
        }
        return List.copyOf(violations);
    }

    /** The violations so far, forgotten here: for a test that caused one on purpose. */
    public List<String> takePolicyViolations() {
        List<String> found = policyViolations();
        violations.clear();
        return found;
    }

    static boolean isPolicyViolation(String consoleMessage) {
        return consoleMessage != null && consoleMessage.contains("Content Security Policy");
    }

    /** Fails if any page so far broke the Content-Security-Policy. */
    public void assertNoPolicyViolations() {
        List<String> found = policyViolations();
        if (!found.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations in the browser:\n  "
                    + String.join("\n  ", found));
        }
    }

    /** Quits the browser; fails (after quitting) if a page broke the Content-Security-Policy. */
    @Override
    public void close() {
        List<String> found;
        try {
            found = policyViolations();
            driver.quit();
        } finally {
            deleteQuietly(profileDir);
        }
        if (!found.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations in the browser:\n  "
                    + String.join("\n  ", found));
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // temp dir: best effort
        }
    }
}
