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
 * embedded server on 127.0.0.1. The page asks for a login through its form, which says when a login failed, in the
 * interface's language; a draft submitted through the page is highlighted; a finding dismissed there is still
 * dismissed after a reload; a draft holding script and image payloads is shown as text and runs nothing; logging out
 * goes back to the login page, and the session no longer reaches the API.
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

    /** The page's address. */
    private static String page(String fragment) {
        return "http://127.0.0.1:" + server.port() + "/" + fragment;
    }

    /** Fills the login page's form and sends it. */
    private static void fillLogin(String user, String password) throws InterruptedException {
        WebElement name = waitFor("the login form", () -> browser.findElement(By.id("j_username")));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.id("j_password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.id("login-button")).click();
    }

    /** Opens the page, logging in through the form as the editor if the container asks for it. */
    private static void open(String fragment) throws InterruptedException {
        browser.get(page(fragment));
        if (!browser.findElements(By.id("login-form")).isEmpty()) {
            fillLogin("editor", "page-pw");
        }
        waitFor("the session", () -> !browser.findElement(By.id("user")).getText().isEmpty());
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
        List<WebElement> status = browser.findElements(By.id("status"));
        throw new AssertionError("timed out waiting for " + what + " at " + browser.getCurrentUrl()
                + (status.isEmpty() ? "" : "; status: " + status.get(0).getText()));
    }

    private static void submit(String text, String documentId) throws InterruptedException {
        open("");
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
        open("#" + checkId);
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

    @Test
    void aFailedLoginSaysSoThenTheFormLogsIn() throws Exception {
        logOutIfLoggedIn();
        browser.get(page("login.html")); // by its own address, the page asks for the review page, as the container does
        waitFor("the container's login page", () -> browser.getCurrentUrl().endsWith("/login.html?login"));
        assertEquals("Log in", browser.findElement(By.id("login-button")).getText(), "the browser's language, English");
        assertTrue(!browser.findElement(By.id("login-failed")).isDisplayed(), "no error before a try");
        fillLogin("editor", "not-the-password");
        WebElement failed = waitFor("the error", () -> browser.findElement(By.id("login-failed")).isDisplayed()
                ? browser.findElement(By.id("login-failed")) : null);
        assertTrue(failed.getText().contains("Wrong user name or password")
                && failed.getText().contains("logins are refused for a while"), failed.getText());
        browser.findElement(By.cssSelector("#ui-lang option[value=fr]")).click();
        assertTrue(failed.getText().contains("Identifiant ou mot de passe incorrect"), failed.getText());
        assertEquals("Se connecter", browser.findElement(By.id("login-button")).getText());
        // The choice is kept for the review page: back to the other tests' language.
        browser.findElement(By.cssSelector("#ui-lang option[value=en]")).click();

        fillLogin("editor", "page-pw");
        waitFor("the session", () -> browser.findElement(By.id("user")).getText().equals("editor"));
        assertEquals("Log out", browser.findElement(By.id("logout")).getText());
    }

    @Test
    void loggingOutGoesBackToTheLoginPageAndEndsTheSession() throws Exception {
        open("");
        browser.findElement(By.id("logout")).click();
        waitFor("the login page", () -> !browser.findElements(By.id("login-form")).isEmpty());
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('api/csrf', {credentials: 'same-origin'}).then(r => done(r.status), e => done(String(e)));");
        assertEquals(401L, status, "the browser's cookies no longer reach the API");
        browser.get(page(""));
        assertTrue(!browser.findElements(By.id("login-form")).isEmpty(), "the page asks for a login again");
        open(""); // and one logs in again
    }

    /** Starts from no session: the logout button where the page shows, else nothing to do. */
    private static void logOutIfLoggedIn() throws InterruptedException {
        browser.get(page(""));
        if (browser.findElements(By.id("login-form")).isEmpty()) {
            waitFor("the session", () -> !browser.findElement(By.id("user")).getText().isEmpty());
            browser.findElement(By.id("logout")).click();
            waitFor("the login page", () -> !browser.findElements(By.id("login-form")).isEmpty());
        }
    }
}
