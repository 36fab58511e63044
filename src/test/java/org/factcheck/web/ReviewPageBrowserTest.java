package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The review page in a real browser: Debian's headless Chromium, driven through its chromedriver, against the
 * embedded server on 127.0.0.1. A draft submitted through the page is highlighted; a finding dismissed there is still
 * dismissed after a reload; a draft holding script and image payloads is shown as text and runs nothing.
 * Skipped, with a message, where the packages {@code chromium} and {@code chromium-driver} are not installed.
 */
class ReviewPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path temp;
    private static EmbeddedServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: headless Chromium is not installed (Debian packages chromium and chromium-driver)");
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("users.properties"), "editor: page-pw, editor\n");
        server = EmbeddedServer.start("127.0.0.1", 0, data, TestSupport.projectDir().resolve("rules"),
                TestSupport.projectDir().resolve("webapp"), Map.of());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + temp.resolve("profile"), "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The page, logged in as the editor (credentials in the address: the browser keeps them for its API calls). */
    private static String page(String fragment) {
        return "http://editor:page-pw@127.0.0.1:" + server.port() + "/" + fragment;
    }

    private static <T> T waitFor(String what, Supplier<T> probe) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
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
        throw new AssertionError("timed out waiting for " + what + "; status: "
                + browser.findElement(By.id("status")).getText());
    }

    private static void submit(String text, String documentId) throws InterruptedException {
        browser.get(page(""));
        waitFor("the session", () -> !browser.findElement(By.id("user")).getText().isEmpty());
        WebElement area = browser.findElement(By.id("text"));
        area.clear();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, text);
        browser.findElement(By.id("documentId")).sendKeys(documentId);
        browser.findElement(By.id("check-button")).click();
    }

    @Test
    void aDismissedFindingStaysDismissedAfterAReload() throws Exception {
        submit("Les Etats-Unis ont annoncé lundi une hausse des droits de douane. Le ministre a rappelé que les "
                + "États-Unis restaient ouverts au dialogue.\n\nLa réunion aura lieu à Genève la semaine prochaine.",
                "browser-doc");
        List<WebElement> marks = waitFor("highlighted spans",
                () -> browser.findElements(By.cssSelector("#draft mark.cat-SPELLING")).isEmpty() ? null
                        : browser.findElements(By.cssSelector("#draft mark.cat-SPELLING")));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("Etats-Unis")), "the variant is highlighted");

        WebElement finding = browser.findElement(By.cssSelector(".finding.cat-SPELLING"));
        String id = finding.getAttribute("data-finding");
        finding.findElement(By.cssSelector("input")).sendKeys("house style");
        finding.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Dismiss")).findFirst()
                .orElseThrow().click();
        waitFor("the decision", () -> browser.findElement(By.id("finding-" + id)).getAttribute("class").contains("decided-dismissed"));

        String checkId = ((String) ((JavascriptExecutor) browser).executeScript("return location.hash")).substring(1);
        browser.navigate().to(page("#" + checkId));
        browser.navigate().refresh();
        WebElement again = waitFor("the reloaded finding", () -> browser.findElement(By.id("finding-" + id)));
        assertTrue(again.getAttribute("class").contains("decided-dismissed"), "still dismissed after a reload");
        assertEquals("house style", again.findElement(By.cssSelector("input")).getAttribute("value"));

        again.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("History")).findFirst()
                .orElseThrow().click();
        String history = waitFor("the finding's history", () -> {
            String h = browser.findElement(By.cssSelector("#finding-" + id + " .history")).getText();
            return h.contains("dismissed") ? h : null;
        });
        assertTrue(history.contains("by editor") && history.contains("house style"), history);
    }

    @Test
    void draftMarkupIsShownAsTextAndNeverRuns() throws Exception {
        submit("Les Etats-Unis et les États-Unis. <script>window.pwned = 1</script> "
                + "<img src=x onerror=\"window.pwned = 2\"> <b>gras</b>", "payload-doc");
        waitFor("the report", () -> browser.findElements(By.cssSelector("#draft mark")).isEmpty() ? null : true);
        WebElement draft = browser.findElement(By.id("draft"));
        assertTrue(draft.getText().contains("<script>window.pwned = 1</script>"), "the script tag is shown as text");
        assertTrue(draft.getText().contains("<img src=x onerror="), "the image tag is shown as text");
        assertTrue(draft.findElements(By.cssSelector("script, img, b")).isEmpty(), "no element made from the draft");
        Thread.sleep(300);
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"),
                "no payload ran");
    }
}
