package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

/**
 * The review page in a real browser: Debian's headless Chromium, driven through its chromedriver, against the
 * embedded server on 127.0.0.1. The page asks for a login through its form, which says when a login failed, in the
 * interface's language; a draft submitted through the page is highlighted; a finding dismissed there is still
 * dismissed after a reload; a draft holding script and image payloads is shown as text and runs nothing; logging out
 * goes back to the login page, and the session no longer reaches the API. Findings of one problem share one card,
 * whose "accept all" decides each; a quotation mark's card shows its quotation; the French interface shows no key of
 * the report in English, and a switch of language redraws the revision list; two revisions compare word by word; the
 * reference date says where it comes from, with a warning when it is only today's. Screenshots go to
 * {@code target/screenshots}.
 * Skipped, with a message, where the packages {@code chromium} and {@code chromium-driver} are not installed.
 */
class ReviewPageBrowserTest {
    @TempDir
    static Path temp;
    private static EmbeddedServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("users.properties"), "editor: page-pw, editor\n");
        server = EmbeddedServer.start("127.0.0.1", 0, data, TestSupport.projectDir().resolve("rules"),
                TestSupport.projectDir().resolve("webapp"), Map.of());
        browser = HeadlessChromium.start(temp.resolve("profile"), 1400, 1000);
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
        return HeadlessChromium.waitFor(browser, what, Duration.ofSeconds(30), probe, () -> {
            List<WebElement> status = browser.findElements(By.id("status"));
            return status.isEmpty() ? "" : "; status: " + status.get(0).getText();
        });
    }

    private static void submit(String text, String documentId) throws InterruptedException {
        open("");
        WebElement area = browser.findElement(By.id("text"));
        area.clear();
        js("arguments[0].value = arguments[1];", area, text);
        browser.findElement(By.id("documentId")).sendKeys(documentId);
        browser.findElement(By.id("check-button")).click();
    }

    /** Submits a draft with the publication date given, or none ("" leaves the field empty). */
    private static void submit(String text, String documentId, String date) throws InterruptedException {
        open("");
        js("document.getElementById('text').value = arguments[0]; document.getElementById('date').value = arguments[1];",
                text, date);
        if (!documentId.isEmpty()) {
            browser.findElement(By.id("documentId")).sendKeys(documentId);
        }
        browser.findElement(By.id("check-button")).click();
    }

    /** Submits a draft and waits until the page shows it, returning the check's id. */
    private static String check(String text, String documentId, String date) throws InterruptedException {
        String before = (String) js("return location.hash");
        submit(text, documentId, date);
        return waitFor("the check", () -> {
            String hash = (String) js("return location.hash");
            return hash.length() > 1 && !hash.equals(before) && !browser.findElements(By.cssSelector("#findings li")).isEmpty()
                    ? hash.substring(1) : null;
        });
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The stored check, as the API gives it to the page's session. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> apiCheck(String id) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('api/checks/' + encodeURIComponent(arguments[0]), {credentials: 'same-origin'})"
                        + ".then(r => r.json()).then(done, e => done(String(e)));", id);
    }

    /** Chooses the interface language in the page's bar. */
    private static void language(String lang) {
        browser.findElement(By.cssSelector("#ui-lang option[value=" + lang + "]")).click();
    }

    /** Saves what the browser shows: target/screenshots/NAME.png. */
    private static void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
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

    @Test
    void threeOccurrencesOfOneProblemShareOneCardWhoseAcceptAllDecidesEach() throws Exception {
        String id = check("Seoul and Tokyo agree to reopen ferry routes\n\nSouth Korean Foreign Minister Kang Min-jun met "
                + "Japanese officials in Tokyo on Thursday.\n\nKang Min-jun said the first ferries could sail again by the "
                + "autumn.\n\nOfficials said they had given their South Korean counterpart Yoon Min-jun a draft timetable."
                + "\n\nYoon Min-jun told reporters that both governments wanted the routes open.\n\nYoon Min-jun added "
                + "that the ports were ready.", "cards-doc", "2025-11-20");
        List<WebElement> cards = browser.findElements(By.cssSelector(".finding.cat-NAME"));
        assertEquals(1, cards.size(), "one card for the three occurrences");
        WebElement card = cards.get(0);
        String[] ids = card.getAttribute("data-findings").split(" ");
        assertEquals(3, ids.length, "the card holds the three findings");
        List<WebElement> occurrences = card.findElements(By.cssSelector(".occurrences li"));
        assertEquals(3, occurrences.size(), "each occurrence listed");
        assertTrue(card.getText().contains("3 occurrences"), card.getText());
        occurrences.get(2).findElement(By.cssSelector("button.occurrence")).click();
        WebElement third = waitFor("the third occurrence highlighted",
                () -> browser.findElement(By.cssSelector("#draft mark.occurrence-active")));
        assertEquals("Yoon Min-jun", third.getText());
        assertEquals(ids[2], third.getAttribute("data-finding"), "the mark of the occurrence clicked");
        assertEquals(3, browser.findElements(By.cssSelector("#draft mark.active:not(.related)")).size(),
                "the card's three occurrences are highlighted");
        screenshot("cards-grouped");

        WebElement acceptAll = card.findElement(By.cssSelector("button.accept"));
        assertEquals("Accept all (3)", acceptAll.getText());
        acceptAll.click();
        waitFor("the decisions", () -> browser.findElement(By.id("finding-" + ids[0])).getAttribute("class")
                .contains("decided-accepted"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reviews = (List<Map<String, Object>>) apiCheck(id).get("reviews");
        for (String finding : ids) {
            Map<String, Object> review = reviews.stream().filter(r -> finding.equals(r.get("findingId"))).findFirst().orElseThrow();
            assertEquals("accepted", review.get("decision"), finding + " accepted through the API");
            assertEquals("editor", review.get("decidedBy"));
        }
        screenshot("cards-accepted");
        try {
            language("fr");
            WebElement french = waitFor("the French card", () -> browser.findElement(By.id("finding-" + ids[0])));
            assertTrue(french.getText().contains("3 occurrences") && french.getText().contains("Tout rouvrir")
                    && french.getText().contains("accepté par editor"), french.getText());
            assertEquals("Décisions enregistrées : 3.", browser.findElement(By.id("status")).getText(), "the status redrawn");
            String revisions = browser.findElement(By.id("history")).getText();
            assertTrue(revisions.contains("3 signalements, 0 à traiter"), "the list counts the decisions: " + revisions);
            screenshot("cards-accepted-fr");
        } finally {
            language("en");
        }
    }

    @Test
    void theCardOfACapitalWithoutItsAccentListsEveryPlaceItCounts() throws Exception {
        check("L'État a annoncé lundi une réforme. L'Etat ne reculera pas, selon le ministre. Pour l'Etat, la dette "
                + "reste élevée. Les Etats-Unis aussi. L'Etat emprunte moins.", "", "2025-03-12");
        List<WebElement> cards = browser.findElements(By.cssSelector(".finding.cat-SPELLING"));
        assertEquals(1, cards.size(), "one card");
        WebElement card = cards.get(0);
        assertTrue(card.getText().contains("3 fois") || card.getText().contains("(3"), card.getText());
        List<WebElement> rows = card.findElements(By.cssSelector(".occurrences li"));
        assertEquals(3, rows.size(), "the finding's place and the two it counts");
        assertEquals(2, rows.stream().filter(r -> r.getText().contains("same writing")).count());
        rows.get(2).findElement(By.cssSelector("button.occurrence")).click();
        WebElement third = waitFor("the third place highlighted",
                () -> browser.findElement(By.cssSelector("#draft mark.occurrence-active")));
        assertEquals("Etat", third.getText());
        assertEquals(1, browser.findElements(By.cssSelector("#draft mark.occurrence-active")).size(), "that place only");
        List<WebElement> places = browser.findElements(By.cssSelector("#draft mark.active:not(.related)"));
        assertEquals(3, places.size(), "the three places highlighted with the card");
        assertTrue(places.stream().allMatch(m -> m.getText().equals("Etat")), "not Etats-Unis");
        screenshot("capital-accent-card");
    }

    @Test
    void theCardOfAStrayQuotationMarkShowsTheQuotation() throws Exception {
        check("Le ministre a parlé lundi.\n\n« Nous restons ouverts, a déclaré Emmanuel Macron. Le dialogue continue."
                + "\n\nLa suite est attendue demain.", "", "2025-03-12");
        WebElement card = waitFor("the quotation's card", () -> browser.findElement(By.cssSelector(".finding.cat-QUOTE")));
        String quotation = card.findElement(By.cssSelector(".quotation q")).getText();
        assertTrue(quotation.contains("Nous restons ouverts") && quotation.contains("Le dialogue continue"), quotation);
        card.click();
        String highlighted = waitFor("the quotation highlighted", () -> {
            String text = String.join("", browser.findElements(By.cssSelector("#draft mark.active")).stream()
                    .map(WebElement::getText).toList());
            return text.contains("Le dialogue continue") ? text : null;
        });
        assertTrue(highlighted.startsWith("«"), highlighted);
        screenshot("quote-card");
    }

    /** A holiday or calendar key as the report writes it: CHRISTMAS, christian.EASTER_MONDAY, ca/qc. */
    private static final Pattern RAW_HOLIDAY_KEYS = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)*\\b|christian\\.|\\b(fr|us|gb|ca)\\b");
    /** English keys the report carries, which the French interface must never show as such. */
    private static final Pattern ENGLISH_KEYS = Pattern.compile("\\b(error|warning|info|NAME|TITLE|DATE|NUMBER|QUOTE"
            + "|SPELLING|DUPLICATE|president|prime-minister|foreign-minister|before|after|according|pronoun|full"
            + "|honorific|range|holiday|year written|nearest|reference date|dateline|metadata|option|today"
            + "|open|accepted|dismissed|new|carried|percent|level|change)\\b");

    @Test
    void theFrenchInterfaceShowsNoKeyInEnglishAndSwitchingRedrawsTheRevisions() throws Exception {
        String draft = "PARIS, 12 mars 2025 - Le président français Emmanuel Macron a reçu lundi le Premier ministre "
                + "britannique Keir Starmer. « Nous restons ouverts au dialogue », a déclaré Emmanuel Macron. Il a "
                + "ajouté : « Rien n'est joué. »\n\nLes Etats-Unis et les États-Unis ont réagi. Le chômage est de 7 %. "
                + "La réunion aura lieu jeudi 14 mars, il y a trois semaines. Les guichets resteront fermés le "
                + "dimanche de Pâques, le 20 avril, et pour Noël, le 25 décembre.";
        check(draft, "fr-doc", "");
        check(draft.replace("ont réagi", "ont vite réagi"), "fr-doc", "");
        try {
            js("window.notReloaded = true;");
            language("fr");
            waitFor("the French revision list", () -> browser.findElement(By.id("history")).getText().contains("révision 1"));
            String revisions = browser.findElement(By.id("history")).getText();
            assertTrue(revisions.contains("signalements") && revisions.contains("à traiter")
                    && revisions.contains("(affichée)") && !revisions.contains("findings"), revisions);
            assertEquals(Boolean.TRUE, js("return window.notReloaded === true"), "redrawn without a reload");
            for (WebElement details : browser.findElements(By.cssSelector("#result details"))) {
                js("arguments[0].open = true;", details);
            }
            // The page but the draft itself, the rule ids and the messages (the report's own words, in its language).
            String shown = (String) js("const copy = document.getElementById('result').cloneNode(true);"
                    + "copy.querySelectorAll('#draft, #diff-text, code.rule, .message, .occurrences, q, td:first-child')"
                    + ".forEach(n => n.remove()); copy.querySelectorAll('*').forEach(n => n.append(' '));" // cells apart
                    + "return copy.textContent.replace(/\\s+/g, ' ');");
            List<String> english = new ArrayList<>();
            var m = ENGLISH_KEYS.matcher(shown);
            while (m.find()) {
                english.add(m.group() + " in \"" + shown.substring(Math.max(0, m.start() - 40), Math.min(shown.length(), m.end() + 40)) + "\"");
            }
            assertTrue(english.isEmpty(), "English keys in the French interface: " + english);
            String persons = browser.findElement(By.id("persons")).getText();
            assertTrue(persons.contains("président") && persons.contains("nom complet"), persons);
            String quotes = browser.findElement(By.id("quotes")).getText();
            assertTrue(quotes.contains("après la citation") && quotes.contains("avant la citation"), quotes);
            String dates = browser.findElement(By.id("dates")).getText();
            assertTrue(dates.contains("année écrite"), dates);
            // Holidays by their French names (Easter Sunday is Easter Monday's key one day before), never by their keys.
            assertTrue(dates.contains("dimanche de Pâques (France)") && dates.contains("Noël (France)"), dates);
            String kinds = (String) js("return [...document.querySelectorAll('#dates td:nth-child(2)')]"
                    + ".map(n => n.textContent).join(' | ');");
            assertTrue(kinds.contains("fête · ") && !RAW_HOLIDAY_KEYS.matcher(kinds).find(), kinds);
            assertTrue(browser.findElement(By.id("reference-date")).getText().contains("date en tête du texte"),
                    browser.findElement(By.id("reference-date")).getText());
            screenshot("french-interface");

            language("en");
            waitFor("the English revision list", () -> browser.findElement(By.id("history")).getText().contains("revision 1"));
            assertTrue(browser.findElement(By.id("history")).getText().contains("findings"));
            assertTrue(browser.findElement(By.id("persons")).getText().contains("full name"));
        } finally {
            language("en");
        }
    }

    @Test
    void twoRevisionsCompareWordByWordWithTheFindingsNewAndFixed() throws Exception {
        String first = check("Le ministre a annoncé lundi une hausse des droits de douane. Les Etats-Unis et les "
                + "États-Unis discutent.\n\nLa réunion aura lieu à Genève.", "diff-doc", "2025-03-12");
        String second = check("Le ministre a confirmé lundi une hausse des droits de douane. Les États-Unis et les "
                + "États-Unis discutent.\n\nLa réunion aura lieu jeudi 14 mars à Genève.", "diff-doc", "2025-03-12");
        waitFor("two revisions", () -> browser.findElements(By.cssSelector("#history li")).size() == 2);
        WebElement compare = browser.findElement(By.id("compare-button"));
        assertTrue(compare.isDisplayed(), "a comparison is offered");
        assertTrue(browser.findElement(By.cssSelector("input[name=compare-from][value='" + first + "']")).isSelected(),
                "the previous revision is chosen by default");
        assertTrue(browser.findElement(By.cssSelector("input[name=compare-to][value='" + second + "']")).isSelected());
        compare.click();
        WebElement diff = waitFor("the comparison", () -> browser.findElement(By.id("diff-box")).isDisplayed()
                ? browser.findElement(By.id("diff-box")) : null);
        List<String> inserted = diff.findElements(By.cssSelector("#diff-text ins")).stream().map(WebElement::getText).toList();
        List<String> deleted = diff.findElements(By.cssSelector("#diff-text del")).stream().map(WebElement::getText).toList();
        assertTrue(inserted.contains("confirmé") && deleted.contains("annoncé"), inserted + " / " + deleted);
        assertTrue(inserted.stream().anyMatch(w -> w.contains("jeudi 14 mars")), inserted.toString());
        assertTrue(deleted.contains("Etats-Unis") && inserted.contains("États-Unis"), inserted + " / " + deleted);
        assertTrue(diff.findElement(By.id("diff-title")).getText().contains("revision 1 to revision 2"));
        String added = diff.findElement(By.id("diff-new")).getText();
        String fixed = diff.findElement(By.id("diff-resolved")).getText();
        assertTrue(added.contains("jeudi 14 mars"), "the weekday error is new: " + added);
        assertTrue(fixed.contains("Etats-Unis"), "the spelling variant is fixed: " + fixed);
        diff.findElement(By.cssSelector("#diff-new button.to-card")).click();
        assertTrue(waitFor("the new finding's card", () -> browser.findElement(By.cssSelector(".finding.cat-DATE.active")))
                .getText().contains("jeudi"), "the new finding leads to its card");
        js("arguments[0].scrollIntoView()", diff);
        screenshot("revisions-diff");
        try {
            language("fr");
            assertEquals("Différences de la révision 1 à la révision 2", diff.findElement(By.id("diff-title")).getText());
            assertTrue(diff.findElement(By.id("diff-new-title")).getText().startsWith("Nouveaux signalements"));
            js("arguments[0].scrollIntoView()", diff);
            screenshot("revisions-diff-fr");
        } finally {
            language("en");
        }
    }

    @Test
    void theReferenceDateSaysWhereItComesFromAndWarnsWhenItIsToday() throws Exception {
        String draft = "Le ministre a annoncé jeudi une hausse des droits de douane. Les Etats-Unis et les États-Unis.";
        check(draft, "", "");
        WebElement warning = browser.findElement(By.id("reference-date-warning"));
        assertTrue(warning.isDisplayed(), "a warning when the date is today's guess");
        assertTrue(warning.getText().contains("only a guess"), warning.getText());
        assertTrue(browser.findElement(By.id("reference-date")).getText().contains("today's date, a guess"));
        screenshot("reference-date-today");

        check(draft, "", "2025-03-12");
        assertEquals("Reference date: 2025-03-12 (given with the check)",
                browser.findElement(By.id("reference-date")).getText());
        assertTrue(!browser.findElement(By.id("reference-date-warning")).isDisplayed(), "no warning for a given date");
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
