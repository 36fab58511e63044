package org.factcheck.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.factcheck.TestSupport;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its chromedriver, for the browser tests: started with a fresh profile
 * and none of the background connections that a closed network refuses; the page's console is kept for a failure's
 * message. A test without the packages {@code chromium} and {@code chromium-driver} is skipped, saying so.
 */
final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = TestSupport.projectDir().resolve("target/screenshots");

    private HeadlessChromium() {
    }

    /** Skips the test where Chromium or its driver is not installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: headless Chromium is not installed (Debian packages chromium and chromium-driver)");
    }

    /** A browser with its profile in {@code profile}, its window {@code width} by {@code height}, in English. */
    static WebDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /**
     * What {@code probe} gives once it gives something other than null or false, asked every 100 ms for at most
     * {@code limit}; a probe that throws is not there yet. Past the limit, an error naming {@code what}, the page's
     * address, {@code context} and the page's console.
     */
    static <T> T waitFor(WebDriver browser, String what, Duration limit, Supplier<T> probe, Supplier<String> context)
            throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            try {
                T v = probe.get();
                if (v != null && !Boolean.FALSE.equals(v)) {
                    return v;
                }
            } catch (RuntimeException e) {
                // not there yet
            }
            Thread.sleep(100);
        }
        StringBuilder console = new StringBuilder();
        browser.manage().logs().get("browser").forEach(entry -> console.append("\n  ").append(entry.getMessage()));
        throw new AssertionError("timed out waiting for " + what + " at " + browser.getCurrentUrl() + context.get()
                + "; console:" + console);
    }

    /** Saves what the browser shows, for a look at the page: target/screenshots/NAME.png. */
    static void screenshot(WebDriver browser, String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
