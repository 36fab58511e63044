package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The CKEditor 5 plugin (webapp/ckeditor/factcheck.js) on its demo page, in Debian's headless Chromium against the
 * embedded server: a draft typed into the editor is checked after the pause in typing and its findings underlined in
 * their categories' colours, an emoji before them notwithstanding (the API counts code points, the editor UTF-16
 * units); pointing at an underline shows the finding and its related span; Apply replaces the misspelt name in one
 * undo step; a finding reached with the caret and the keyboard is dismissed, and after a reload the draft's next
 * revision carries the decision: the finding stays without underline. Screenshots go to target/screenshots/. A
 * draft with decomposed accents, a soft break and an emoji is sent as NFC paragraphs separated by blank lines, and
 * its finding still lands on the name. An editor configured with the API token, as a CMS on another origin would
 * be, checks and records a decision as the token's user, without the page's session.
 * Skipped, with a message, without Chromium and its driver, or without the CKEditor 5 build that the Maven build
 * installs with npm (target/vendor-webapp).
 */
class CkeditorPluginBrowserTest {
    private static final Path VENDOR = TestSupport.projectDir().resolve("target/vendor-webapp");
    private static final String API_TOKEN = "cke-api-token";

    @TempDir
    static Path temp;
    private static EmbeddedServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        assumeTrue(Files.isRegularFile(VENDOR.resolve("vendor/ckeditor5/ckeditor5.js")),
                "skipped: the CKEditor 5 build is not installed in target/vendor-webapp (the Maven build installs it"
                        + " with npm: run mvn generate-resources where npm reaches its registry)");
        // The webapp as the WAR holds it: its sources and the CKEditor build.
        Path webapp = temp.resolve("webapp");
        copyTree(TestSupport.projectDir().resolve("webapp"), webapp);
        copyTree(VENDOR, webapp);
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("users.properties"), "editor: cke-pw, editor\n");
        server = EmbeddedServer.start("127.0.0.1", 0, data, TestSupport.projectDir().resolve("rules"), webapp,
                Map.of("factcheck.api-token", API_TOKEN));
        browser = HeadlessChromium.start(temp.resolve("profile"), 1200, 900);
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

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, "ckeditor-" + name);
    }

    private static <T> T waitFor(String what, Supplier<T> probe) throws InterruptedException {
        return HeadlessChromium.waitFor(browser, what, Duration.ofSeconds(40), probe, () -> {
            List<WebElement> status = browser.findElements(By.id("factcheck-status"));
            return status.isEmpty() ? "" : "; status: " + status.get(0).getText();
        });
    }

    /** Opens the demo page for a document, logging in through the form as the editor if the container asks. */
    private static void open(String documentId) throws InterruptedException {
        browser.get("http://127.0.0.1:" + server.port() + "/ckeditor/?doc=" + documentId);
        if (!browser.findElements(By.id("login-form")).isEmpty()) {
            browser.findElement(By.id("j_username")).sendKeys("editor");
            browser.findElement(By.id("j_password")).sendKeys("cke-pw");
            browser.findElement(By.id("login-button")).click();
        }
        waitFor("the editor", () -> js("return !!window.factcheckDemo"));
    }

    /** The editor's text as the checker is sent it. */
    private static String editorText() {
        return (String) js("return window.factcheckDemo.editor.editing.view.getDomRoot().innerText");
    }

    private static List<WebElement> marks(String category) {
        return browser.findElements(By.cssSelector(".ck-editor__editable .factcheck-mark.factcheck-" + category));
    }

    /** Waits for a check newer than the one shown before (status "done" with another check id). */
    private static String nextCheck(String previous) throws InterruptedException {
        return waitFor("a new check", () -> {
            WebElement status = browser.findElement(By.id("factcheck-status"));
            String id = status.getAttribute("data-check-id");
            return "done".equals(status.getAttribute("data-state")) && id != null && !id.equals(previous) ? id : null;
        });
    }

    @Test
    void typedDraftIsUnderlinedASuggestionAppliesAndADismissedFindingStaysDismissedAfterAReload() throws Exception {
        String documentId = "cke-" + System.nanoTime();
        open(documentId);
        WebElement editable = browser.findElement(By.cssSelector(".ck-editor__editable"));
        editable.click();
        editable.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        editable.sendKeys("Library opens in Saint-Aubin", Keys.ENTER,
                "The mayor of Saint-Aubin, Marie Dupont, opened the new municipal library on Friday, 14 March 2026.",
                Keys.ENTER,
                "\"This building belongs to every reader in the valley,\" said Marie Dupond, who has led the town since 2020.");
        // An emoji in the title (chromedriver types only the Basic Multilingual Plane): two UTF-16 units, one code point.
        js("const e = window.factcheckDemo.editor;"
                + "e.model.change(w => e.model.insertContent(w.createText('\uD83D\uDCDA '),"
                + " e.model.createPositionAt(e.model.document.getRoot().getChild(0), 0)));");

        WebElement name = waitFor("the misspelt name underlined", () -> marks("NAME").isEmpty() ? null : marks("NAME").get(0));
        assertEquals("Marie Dupond", name.getText(), "the span lands on the name, after the emoji");
        WebElement date = waitFor("the weekday underlined", () -> marks("DATE").isEmpty() ? null : marks("DATE").get(0));
        assertEquals("Friday, 14 March 2026", date.getText());
        assertEquals("rgb(221, 102, 102)", name.getCssValue("text-decoration-color"), "the review page's NAME colour");
        String firstCheck = browser.findElement(By.id("factcheck-status")).getAttribute("data-check-id");
        screenshot("underlines");

        // Pointing at the name shows the finding, its suggestion and the name it contradicts.
        new Actions(browser).moveToElement(name).perform();
        WebElement popup = waitFor("the popup", () -> {
            WebElement p = browser.findElement(By.cssSelector(".factcheck-popup"));
            return p.isDisplayed() ? p : null;
        });
        assertEquals("dialog", popup.getAttribute("role"));
        assertTrue(popup.getText().contains("\"Marie Dupond\" is nearly the name of \"Marie Dupont\""), popup.getText());
        assertTrue(popup.getText().contains("Suggestion: Marie Dupont"), popup.getText());
        WebElement related = browser.findElement(By.cssSelector(".ck-editor__editable .factcheck-related.factcheck-active"));
        assertEquals("Marie Dupont", related.getText(), "the related span is shown");
        screenshot("popup");

        // Apply: the name is replaced, in one undo step, and the next check no longer has the finding.
        popup.findElement(By.cssSelector("button.factcheck-apply")).click();
        waitFor("the applied suggestion", () -> editorText().contains("said Marie Dupont, who"));
        editable.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        waitFor("the undone suggestion", () -> editorText().contains("said Marie Dupond, who"));
        editable.sendKeys(Keys.chord(Keys.CONTROL, "y"));
        waitFor("the redone suggestion", () -> editorText().contains("said Marie Dupont, who"));
        String afterApply = waitFor("a check without the name", () -> {
            WebElement status = browser.findElement(By.id("factcheck-status"));
            String id = status.getAttribute("data-check-id");
            return "done".equals(status.getAttribute("data-state")) && !firstCheck.equals(id) && marks("NAME").isEmpty()
                    && editorText().contains("said Marie Dupont, who") ? id : null;
        });
        assertEquals(1, marks("DATE").size(), "the weekday is still underlined");

        // The keyboard: the caret in the weekday shows its finding; Alt+Enter goes to its buttons; Dismiss.
        js("const e = window.factcheckDemo.editor;"
                + "const m = Array.from(e.model.markers.getMarkersGroup('factcheck')).find(m => m.name.includes(':DATE:'));"
                + "e.editing.view.focus();"
                + "e.model.change(w => w.setSelection(m.getStart().getShiftedBy(2)));");
        waitFor("the popup by the caret", () -> browser.findElement(By.cssSelector(".factcheck-popup")).isDisplayed()
                && browser.findElement(By.cssSelector(".factcheck-popup")).getText().contains("is not a Friday"));
        assertTrue(browser.findElement(By.cssSelector(".factcheck-live")).getAttribute("textContent")
                .contains("is not a Friday"), "announced to screen readers");
        browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, Keys.ENTER));
        WebElement focused = waitFor("a button of the popup focused", () -> {
            WebElement a = browser.switchTo().activeElement();
            return a.getAttribute("class").contains("factcheck-button") ? a : null;
        });
        assertEquals("Apply", focused.getText(), "the weekday's suggestion applies too");
        screenshot("keyboard");
        WebElement dismiss = browser.findElement(By.cssSelector(".factcheck-popup button.factcheck-dismiss"));
        for (int i = 0; i < 5 && !dismiss.equals(browser.switchTo().activeElement()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        dismiss.sendKeys(Keys.ENTER);
        waitFor("the weekday without underline", () -> marks("DATE").isEmpty());
        assertTrue(editorText().contains("on Friday, 14 March 2026"), "dismissing leaves the text");
        Object decision = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('../api/checks/' + arguments[0]).then(r => r.json())"
                        + ".then(c => done(c.reviews.map(r => r.decision + '/' + r.decidedBy).join(',')), e => done(String(e)));",
                afterApply);
        assertEquals("dismissed/editor", decision, "the decision is recorded on the check");
        screenshot("dismissed");

        // A reload: the draft comes back, is checked as the document's next revision, and that carries the decision.
        browser.navigate().refresh();
        waitFor("the editor", () -> js("return !!window.factcheckDemo"));
        String reloaded = nextCheck(afterApply);
        assertTrue(editorText().contains("on Friday, 14 March 2026"), "the draft is back");
        assertTrue(marks("DATE").isEmpty() && marks("NAME").isEmpty(), "the dismissed finding stays dismissed");
        assertEquals("1 finding, 1 dismissed.", browser.findElement(By.id("factcheck-status")).getText());
        Object carried = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('../api/checks/' + arguments[0]).then(r => r.json())"
                        + ".then(c => done(c.documentId + ' r' + c.revision + ' ' + c.reviews.map(r => r.status + '/' + r.decision).join(',')), e => done(String(e)));",
                reloaded);
        assertTrue(String.valueOf(carried).startsWith(documentId + " r") && String.valueOf(carried).endsWith(" carried/dismissed"),
                String.valueOf(carried));
        assertFalse(String.valueOf(carried).contains(" r1 "), "a later revision: " + carried);
        screenshot("reloaded");

        // Shown on demand, the dismissed finding can be reopened: it is underlined again in its colour.
        browser.get("http://127.0.0.1:" + server.port() + "/ckeditor/?dismissed=1&doc=" + documentId);
        waitFor("the editor", () -> js("return !!window.factcheckDemo"));
        nextCheck(reloaded);
        WebElement faint = waitFor("the dismissed weekday, faint", () -> marks("DATE").isEmpty() ? null : marks("DATE").get(0));
        assertTrue(faint.getAttribute("class").contains("factcheck-dismissed"), faint.getAttribute("class"));
        new Actions(browser).moveToElement(faint).perform();
        WebElement reopen = waitFor("the reopen button", () -> {
            WebElement b = browser.findElement(By.cssSelector(".factcheck-popup button.factcheck-reopen"));
            return b.isDisplayed() ? b : null;
        });
        assertTrue(browser.findElement(By.cssSelector(".factcheck-popup")).getText().contains("DISMISSED"));
        screenshot("reopen");
        reopen.click();
        waitFor("the weekday underlined again", () -> !marks("DATE").isEmpty()
                && marks("DATE").get(0).getAttribute("class").contains("factcheck-open"));
    }

    @Test
    void decomposedAccentsSoftBreaksAndEmojiDoNotShiftTheUnderline() throws Exception {
        open("cke-nfd-" + System.nanoTime());
        // Decomposed accents (e + U+0301) that the checker reads composed, a soft break, an emoji: the text sent is
        // shorter in code points than the model in UTF-16 units, and the span must still land on the name.
        js("window.factcheckDemo.editor.setData(arguments[0]);",
                "<h2>Une me\u0301diathe\u0300que \uD83D\uDCDA pour Saint-Aubin</h2>"
                        + "<p>La maire de Saint-Aubin, Marie Dupont, a inaugure\u0301 la me\u0301diathe\u0300que samedi.<br>"
                        + "Le chantier a dure\u0301 deux ans.</p>"
                        + "<p>\u00ab Ce lieu appartient \u00e0 tous les lecteurs de la valle\u0301e \u00bb, a d\u00e9clar\u00e9 Marie Dupond.</p>");
        Object sent = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('./factcheck.js').then(m => done(m.extractText(window.factcheckDemo.editor.model).text));");
        assertEquals("Une m\u00e9diath\u00e8que \uD83D\uDCDA pour Saint-Aubin\n\n"
                + "La maire de Saint-Aubin, Marie Dupont, a inaugur\u00e9 la m\u00e9diath\u00e8que samedi.\n"
                + "Le chantier a dur\u00e9 deux ans.\n\n"
                + "\u00ab Ce lieu appartient \u00e0 tous les lecteurs de la vall\u00e9e \u00bb, a d\u00e9clar\u00e9 Marie Dupond.",
                sent, "blocks separated by a blank line, a soft break as a line break, NFC");
        WebElement name = waitFor("the misspelt name underlined", () -> marks("NAME").isEmpty() ? null : marks("NAME").get(0));
        assertEquals("Marie Dupond", name.getText());
    }

    @Test
    void withAnApiTokenThePluginChecksAndDecidesWithoutTheSession() throws Exception {
        open("cke-token-page");
        // A second editor on the page, configured as a CMS on another origin would be: the API token as Bearer,
        // no cookies, no CSRF token; the decision is then taken by the token's user, not the page's session.
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "(async () => {"
                        + "  const { ClassicEditor, Essentials, Paragraph } = await import('../vendor/ckeditor5/ckeditor5.js');"
                        + "  const { FactcheckPlugin } = await import('./factcheck.js');"
                        + "  const host = document.createElement('div'); document.body.append(host);"
                        + "  const editor = await ClassicEditor.create(host, { licenseKey: 'GPL',"
                        + "    plugins: [Essentials, Paragraph, FactcheckPlugin],"
                        + "    initialData: '<p>Les Etats-Unis ont annonc\u00e9 une hausse des droits de douane.</p>'"
                        + "      + '<p>Le ministre a rappel\u00e9 que les \u00c9tats-Unis restaient ouverts au dialogue.</p>',"
                        + "    factcheck: { apiUrl: new URL('../api/', location.href).href, token: () => Promise.resolve(arguments[0]),"
                        + "      documentId: arguments[1], debounceMs: 0, uiLanguage: 'fr' } });"
                        + "  const plugin = editor.plugins.get('Factcheck');"
                        + "  const status = await new Promise(resolve => plugin.addEventListener('status', e => {"
                        + "    if (e.detail.state === 'done' || e.detail.state === 'error') resolve(e.detail); }));"
                        + "  if (status.state !== 'done') return 'error: ' + status.message;"
                        + "  const [id, entry] = Array.from(plugin.findings.entries())[0];"
                        + "  await plugin.decide(id, 'dismissed');"
                        + "  const check = await (await fetch('../api/checks/' + plugin.latest.id)).json();"
                        + "  const mark = editor.editing.view.getDomRoot().querySelector('.factcheck-mark');"
                        + "  return status.message + ' | ' + entry.finding.rule + ' | ' + check.reviews[0].decision + ' by '"
                        + "    + check.reviews[0].decidedBy + ' | ' + (mark === null ? 'no underline' : 'underlined');"
                        + "})().then(done, e => done('error: ' + e));", API_TOKEN, "cke-token-" + System.nanoTime());
        assertEquals("1 alerte. | spelling.variant | dismissed by api-token | no underline", result);
    }
}
