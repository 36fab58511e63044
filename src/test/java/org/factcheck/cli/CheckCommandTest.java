package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.core.extract.Drafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process, as {@code java -jar factcheck-cli.jar} would run it. */
class CheckCommandTest {
    @TempDir
    Path dir;
    private final String rules = CliRun.projectRules();

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void textFormatPrintsOneCompilerStyleLinePerFinding() throws Exception {
        Path draft = write("draft.txt", "Le conseil municipal a voté le budget.\nTout est prêt' a déclaré la maire.\n");
        CliRun r = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", draft.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(draft + ":2:14: error QUOTE quote.unopened: Guillemet fermant ' sans guillemet ouvrant.\n"
                + "1 error, 0 warnings, 0 info in 1 file\n", r.out());
        assertEquals("", r.err());
        CliRun coloured = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "--color", "always",
                draft.toString());
        assertTrue(coloured.out().startsWith(draft + ":2:14: \u001b[31merror\u001b[0m QUOTE quote.unopened"),
                coloured.out());
    }

    @Test
    void foldersGlobsAndStandardInputAreDraftsTooAndTheDateGuessIsSaidOnce() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy/sport"));
        Files.writeString(dir.resolve("copy/a.txt"), "Le conseil municipal a voté le budget.\nTout est prêt' a dit la maire.\n");
        Files.writeString(copy.resolve("b.md"), "Le club a gagné dimanche soir.\n");
        Files.writeString(copy.resolve("notes.csv"), "not,a,draft\n");
        Files.createDirectories(dir.resolve("copy/.git"));
        Files.writeString(dir.resolve("copy/.git/c.txt"), "Un fichier caché.\n");
        CliRun folder = CliRun.of("check", "--rules", rules, "--format", "json", "--date", "2025-11-25",
                dir.resolve("copy").toString());
        JsonNode reports = new ObjectMapper().readTree(folder.out());
        assertEquals(2, reports.size(), folder.out());
        assertEquals(dir.resolve("copy/a.txt").toString(), reports.get(0).get("source").asText());
        assertEquals(copy.resolve("b.md").toString(), reports.get(1).get("source").asText());

        CliRun glob = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", dir + "/copy/**/*.md",
                dir + "/nothing/*.txt");
        assertEquals(2, glob.status(), glob.err());
        assertTrue(glob.out().endsWith("0 errors, 0 warnings, 0 info in 2 files (1 not checked)\n"), glob.out());
        assertEquals(dir + "/nothing/*.txt: no file matches", glob.err().strip());

        java.io.InputStream in = System.in;
        CliRun stdin;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Le maire a parlé.\nTout est prêt' a déclaré la maire.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            stdin = CliRun.of("check", "--rules", rules, "--lang", "fr", "-");
        } finally {
            System.setIn(in);
        }
        assertEquals(1, stdin.status(), stdin.err());
        assertTrue(stdin.out().startsWith("-:2:14: error QUOTE quote.unopened"), stdin.out());
        assertEquals(1, stdin.errLines().size(), stdin.err());
        assertTrue(stdin.err().startsWith("factcheck: 1 draft has no date of its own"), stdin.err());
    }

    @Test
    void draftsCheckedOnSeveralThreadsPrintWhatOneThreadPrintsInTheDraftsOrder() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        String[] bodies = {
            "Le conseil municipal a voté le budget.\nTout est prêt' a déclaré la maire.\n",
            "The council met on Tuesday, March 4, 2025. Mayor Linda Farrow opened the session.\n"
                + "Linda Farow said the budget was balanced.\n",
            "Les Etats-Unis ont salué l'accord. Les États-Unis ont ensuite voté le texte.\n",
            "A quiet day at the harbour, with nothing to report.\n",
            "Le maire Paul Girard a reçu la ministre. Paul Girrard a ensuite visité le port.\n"};
        for (int i = 0; i < 12; i++) { // (numbered so that the folder's order is the names' order)
            Files.writeString(copy.resolve(String.format("d%02d.txt", i)), bodies[i % bodies.length]);
        }
        Files.write(copy.resolve("d05b.txt"), new byte[0]); // an empty draft: refused, in the middle of the others
        for (String format : List.of("text", "json", "junit")) {
            CliRun one = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "--format", format, "--jobs", "1",
                    copy.toString());
            CliRun four = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "--format", format, "-j", "4",
                    copy.toString());
            assertEquals(2, one.status(), one.err()); // the empty draft
            assertEquals(one.out(), four.out(), format);
            assertEquals(one.err(), four.err(), format);
            assertTrue(one.err().startsWith(copy.resolve("d05b.txt") + ": "), one.err());
        }
        CliRun text = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "-j", "3", copy.toString());
        List<String> files = text.out().lines().filter(l -> l.startsWith(copy.toString()))
                .map(l -> l.substring(0, l.indexOf(':'))).distinct().toList();
        assertEquals(files.stream().sorted().toList(), files, "in the drafts' order");
        assertTrue(files.size() >= 8, text.out());
        assertTrue(text.out().endsWith(" in 13 files (1 not checked)\n"), text.out());

        CliRun none = CliRun.of("check", "--rules", rules, "--jobs", "0", copy.toString());
        assertEquals(2, none.status());
        assertEquals("factcheck: --jobs must be 1 or more", none.err().strip());
    }

    @Test
    void rulesCanBeTurnedOffAndSeveritiesLeftOutAndFindingsWrittenAsGithubAnnotations() throws Exception {
        Path draft = write("draft.txt", "Le conseil municipal a voté le budget.\nTout est prêt' a déclaré la maire.\n"
                + "« Le budget est sincère », a déclaré M. Houdré.\n");
        CliRun all = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", draft.toString());
        assertTrue(all.out().contains("error QUOTE quote.unopened") && all.out().contains("warning QUOTE quote.unknown-speaker"),
                all.out());
        CliRun errors = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "--min-severity", "error",
                draft.toString());
        assertTrue(errors.out().contains("quote.unopened") && !errors.out().contains("quote.unknown-speaker"),
                errors.out());
        CliRun off = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "--disable", "quote.unopened",
                draft.toString());
        assertEquals(0, off.status(), "no error left: " + off.out());
        assertFalse(off.out().contains("quote.unopened"), off.out());
        CliRun unknown = CliRun.of("check", "--rules", rules, "--disable", "quote.nobody", draft.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("--disable: no rule [quote.nobody]"), unknown.err());

        CliRun github = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "--format", "github",
                draft.toString());
        List<String> lines = github.out().lines().toList();
        assertEquals("::error file=" + draft + ",line=2,col=14,title=QUOTE quote.unopened::Guillemet fermant ' sans"
                + " guillemet ouvrant.", lines.get(0));
        assertTrue(lines.get(1).startsWith("::warning file=" + draft + ",line=3,"), lines.get(1));
        assertEquals("1 error, 1 warning, 0 info in 1 file", lines.get(2));
    }

    @Test
    void sarifValidatesAgainstTheSarifSchemaAndPlacesEachFinding() throws Exception {
        Path bad = write("bad.txt", "Le conseil municipal a voté le budget 😀.\nTout est prêt' a déclaré la maire.\n"
                + "Les Etats-Unis ont salué l'appel. Les États-Unis ont voté.\n");
        Path empty = write("empty.txt", new byte[0]);
        CliRun r = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "--format", "sarif", bad.toString(),
                empty.toString());
        assertEquals(2, r.status(), r.err());
        JsonNode log = new ObjectMapper().readTree(r.out());
        com.networknt.schema.Schema schema;
        try (java.io.InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                    com.networknt.schema.SpecificationVersion.DRAFT_7).getSchema(in);
        }
        List<com.networknt.schema.Error> errors = schema.validate(log);
        assertEquals(List.of(), errors.stream().map(Object::toString).toList(), "valid SARIF 2.1.0");
        // and an invalid log is refused: the check can fail
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(schema.validate(log).isEmpty(), "a level SARIF does not have is refused");

        JsonNode run = new ObjectMapper().readTree(r.out()).get("runs").get(0);
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        JsonNode unopened = null;
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals("quote.unopened")) {
                unopened = result;
            }
        }
        assertTrue(unopened != null, run.get("results").toString());
        assertEquals("error", unopened.get("level").asText());
        JsonNode region = unopened.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(2, region.get("startLine").asInt());
        assertEquals(14, region.get("startColumn").asInt());
        assertEquals(bad.toString(), unopened.get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText());
        JsonNode notification = run.get("invocations").get(0).get("toolExecutionNotifications").get(0);
        assertEquals("empty", notification.get("descriptor").get("id").asText());
        assertFalse(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
    }

    @Test
    void junitIsAReportCiServersRead() throws Exception {
        Path bad = write("bad & \"quoted\".txt", "Le conseil municipal a voté le budget.\nTout est prêt' a déclaré <la> maire.\n");
        Path good = write("good.txt", "Un article sans défaut, écrit avec soin par la rédaction.\n");
        Path empty = write("empty.txt", new byte[0]);
        CliRun r = CliRun.of("check", "--rules", rules, "--date", "2025-11-25", "--format", "junit", bad.toString(),
                good.toString(), empty.toString());
        assertEquals(2, r.status(), r.err());
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        org.w3c.dom.Element suite = (org.w3c.dom.Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        org.w3c.dom.NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(bad.toString(), ((org.w3c.dom.Element) cases.item(0)).getAttribute("name"));
        org.w3c.dom.Element failure = (org.w3c.dom.Element) ((org.w3c.dom.Element) cases.item(0))
                .getElementsByTagName("failure").item(0);
        assertEquals("1 finding", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().startsWith(bad + ":2:14: error QUOTE quote.unopened"), failure.getTextContent());
        assertEquals(0, ((org.w3c.dom.Element) cases.item(1)).getChildNodes().getLength(), "the good draft passes");
        org.w3c.dom.Element error = (org.w3c.dom.Element) ((org.w3c.dom.Element) cases.item(2))
                .getElementsByTagName("error").item(0);
        assertEquals("empty", error.getAttribute("type"));
    }

    @Test
    void aProjectFileGivesDefaultsThatTheCommandLineOverrides() throws Exception {
        Path draft = write("draft.txt", "Le conseil municipal a voté le budget.\nTout est prêt' a déclaré la maire.\n"
                + "« Le budget est sincère », a déclaré M. Houdré.\n");
        Path project = Files.createDirectories(dir.resolve("project/copy/today"));
        Path config = Files.writeString(dir.resolve("project/" + CheckDefaults.NAME),
                "# the desk's settings\nlang=fr\ndate=2025-11-25\ndisable=quote.unopened\nmin-severity=warning\n");
        assertEquals(config.toAbsolutePath(), CheckDefaults.find(project), "found from a folder below");
        assertEquals(null, CheckDefaults.find(dir.resolve("elsewhere")));

        CliRun fromFile = CliRun.of("check", "--rules", rules, "--config", config.toString(), draft.toString());
        assertEquals(0, fromFile.status(), fromFile.out() + fromFile.err());
        assertFalse(fromFile.out().contains("quote.unopened"), fromFile.out());
        assertTrue(fromFile.out().contains("quote.unknown-speaker"), fromFile.out());
        assertEquals("", fromFile.err(), "the file's date is used: no guess to report");

        CliRun overridden = CliRun.of("check", "--rules", rules, "--config", config.toString(), "--min-severity",
                "error", draft.toString());
        assertFalse(overridden.out().contains("quote.unknown-speaker"), overridden.out());

        Path bad = Files.writeString(dir.resolve("bad.properties"), "lang=fr\nseverity=error\n");
        CliRun refused = CliRun.of("check", "--rules", rules, "--config", bad.toString(), draft.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("no option [severity]"), refused.err());
    }

    @Test
    void badFilesAreReportedOnOneLineEachAndTheOthersStillChecked() throws Exception {
        Path good = write("good.txt", "Le conseil municipal a voté le budget.\nTout est prêt' a déclaré la maire.\n");
        byte[] docx = Drafts.docx("Titre", "Texte.");
        Path corrupt = write("corrupt.docx", Arrays.copyOf(docx, docx.length / 3));
        Path empty = write("empty.txt", new byte[0]);
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);
        Path binary = write("binary.bin", noise);
        Path missing = dir.resolve("missing.txt");
        Path good2 = write("good2.txt", "Un article sans défaut, écrit avec soin par la rédaction.\n");

        CliRun r = CliRun.of("check", "--rules", rules, "--format", "json", "--date", "2025-11-25", good.toString(),
                corrupt.toString(), empty.toString(), binary.toString(), missing.toString(), good2.toString());
        assertEquals(2, r.status());
        List<String> errors = r.errLines();
        assertEquals(4, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith(corrupt + ": "), errors.get(0));
        assertEquals(empty + ": the file is empty", errors.get(1));
        assertTrue(errors.get(2).startsWith(binary + ": unsupported file type"), errors.get(2));
        assertEquals(missing + ": no such file", errors.get(3));
        assertFalse(r.err().contains("\tat "), "no stack trace");

        JsonNode reports = new ObjectMapper().readTree(r.out());
        assertEquals(6, reports.size());
        assertEquals(1, reports.get(0).get("findings").size());
        assertEquals("corrupt", reports.get(1).get("error").get("kind").asText());
        assertEquals("empty", reports.get(2).get("error").get("kind").asText());
        assertEquals("unsupported", reports.get(3).get("error").get("kind").asText());
        assertEquals("unreadable", reports.get(4).get("error").get("kind").asText());
        assertEquals(0, reports.get(5).get("findings").size());
        assertEquals(good2.toString(), reports.get(5).get("source").asText());
    }

    @Test
    void jsonIsAnArrayEvenForOneFileAndCarriesTheReportShape() throws Exception {
        Path draft = write("draft.txt", "Les Etats-Unis et la Chine ont parlé. Les États-Unis ont salué l'appel.\n");
        CliRun r = CliRun.of("check", "--rules", rules, "--format", "json", "--date", "2025-11-25", draft.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out()).get(0);
        assertEquals(draft.toString(), report.get("source").asText());
        assertEquals("fr", report.get("document").get("language").asText());
        assertEquals("2025-11-25", report.get("document").get("referenceDate").asText());
        assertEquals("option", report.get("document").get("referenceDateSource").asText());
        assertEquals("text/plain", report.get("document").get("contentType").asText());
        JsonNode f = report.get("findings").get(0);
        assertEquals("f1", f.get("id").asText());
        assertEquals("spelling.variant", f.get("rule").asText());
        assertEquals("SPELLING", f.get("category").asText());
        assertEquals("warning", f.get("severity").asText());
        assertEquals("Etats-Unis", f.get("text").asText());
        assertEquals(4, f.get("start").asInt());
        assertEquals(14, f.get("end").asInt());
        assertEquals("États-Unis", f.get("related").get(0).get("text").asText());
        assertEquals("États-Unis", f.get("suggestion").asText());
        String text = report.get("text").asText();
        assertEquals("Etats-Unis", text.substring(f.get("start").asInt(), f.get("end").asInt()));
    }

    @Test
    void failOnSetsTheThreshold() throws Exception {
        Path draft = write("draft.txt", "Les Etats-Unis et la Chine ont parlé. Les États-Unis ont salué l'appel.\n");
        assertEquals(0, CliRun.of("check", "--rules", rules, draft.toString()).status());
        assertEquals(1, CliRun.of("check", "--rules", rules, "--fail-on", "warning", draft.toString()).status());
        assertEquals(0, CliRun.of("check", "--rules", rules, "--fail-on", "never", draft.toString()).status());
    }

    @Test
    void aRuleOffByDefaultReportsOnlyWhenTurnedOn() throws Exception {
        Path draft = write("draft.txt", "Budget vote\n\nThe council met on Tuesday to discuss the budget.\n\n"
                + "\"We will not raise taxes on small shops this year or next.\"\n\nThe vote is on Friday.\n");
        CliRun plain = CliRun.of("check", "--rules", rules, "--fail-on", "info", "--date", "2025-11-25", draft.toString());
        assertEquals(0, plain.status(), plain.out());
        assertFalse(plain.out().contains("quote.no-speaker"), plain.out());
        CliRun on = CliRun.of("check", "--rules", rules, "--fail-on", "info", "--date", "2025-11-25",
                "--enable", "quote.no-speaker", draft.toString());
        assertEquals(1, on.status(), on.err());
        assertTrue(on.out().contains("info QUOTE quote.no-speaker"), on.out());
        CliRun unknown = CliRun.of("check", "--rules", rules, "--enable", "quote.nobody", draft.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("quote.nobody") && unknown.err().contains("quote.no-speaker"), unknown.err());
    }

    @Test
    void todayIsAReferenceDateOnlyWhenGiven() throws Exception {
        // Two days from now is never today's weekday: "aujourd'hui" with it contradicts today's date.
        String[] weekdays = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
        String other = weekdays[java.time.LocalDate.now().plusDays(2).getDayOfWeek().getValue() - 1];
        Path draft = write("draft.txt", "Le conseil municipal vote aujourd'hui " + other + " le budget de la ville.\n");
        CliRun guessed = CliRun.of("check", "--rules", rules, "--fail-on", "info", draft.toString());
        assertEquals(0, guessed.status(), guessed.out() + guessed.err());
        CliRun today = CliRun.of("check", "--rules", rules, "--fail-on", "warning", "--date", "today", draft.toString());
        assertEquals(1, today.status(), today.err());
        assertTrue(today.out().contains("warning DATE date.today-weekday"), today.out());
        CliRun bad = CliRun.of("check", "--rules", rules, "--date", "tomorrow", draft.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("'tomorrow' is not a date written YYYY-MM-DD, nor 'today'"), bad.err());
    }

    @Test
    void aZipBombAmongGoodFilesIsOneErrorAndTheOthersAreReported() throws Exception {
        Path good1 = write("good1.txt", "Le conseil municipal a voté le budget lundi.\n");
        Path bomb = write("bomb.docx", org.factcheck.core.extract.Drafts.docxBomb(
                "<w:p><w:r><w:t>Le conseil a voté le budget de la ville.</w:t></w:r></w:p>", 1_700_000));
        Path good2 = write("good2.txt", "Le maire a présenté le plan vélo mardi.\n");
        CliRun r = CliRun.of("check", "--rules", rules, "--format", "json", "--date", "2025-11-25",
                good1.toString(), bomb.toString(), good2.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(bomb + ": the text is longer than 2000000 characters", r.err().strip());
        com.fasterxml.jackson.databind.JsonNode all = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(3, all.size());
        assertEquals(good1.toString(), all.get(0).get("source").asText());
        assertEquals("too-long", all.get(1).get("error").get("kind").asText());
        assertEquals(good2.toString(), all.get(2).get("source").asText());
        assertTrue(all.get(2).has("findings"), r.out());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path draft = write("draft.txt", "Un texte.\n");
        assertEquals(2, CliRun.of("check", "--rules", rules).status());
        CliRun badDate = CliRun.of("check", "--rules", rules, "--date", "2025-13-45", draft.toString());
        assertEquals(2, badDate.status());
        assertTrue(badDate.err().contains("--date"), badDate.err());
        CliRun badLang = CliRun.of("check", "--rules", rules, "--lang", "de", draft.toString());
        assertEquals(2, badLang.status());
        assertTrue(badLang.err().contains("--lang de is not supported"), badLang.err());
        assertEquals(2, CliRun.of("check", "--rules", rules, "--format", "xml", draft.toString()).status());
        assertEquals(2, CliRun.of("frobnicate").status());
    }

    @Test
    void aBrokenRulesFolderStopsWithItsProblems() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("rules"));
        Files.createDirectories(broken.resolve("fr"));
        Files.writeString(broken.resolve("fr/messages.properties"), "x.y=z\n");
        Files.writeString(broken.resolve("bad.drl"), "package p\nrule \"r\"\nwhen\n  Nope(\nthen\nend\n");
        Path draft = write("draft.txt", "Un texte.\n");
        CliRun r = CliRun.of("check", "--rules", broken.toString(), draft.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("bad.drl:"), r.err());
    }

    /**
     * A run of the command line builds a language's analyzer on its first draft: English patterns a newsroom broke
     * leave French drafts checked, and fail each English draft with the folder's problem, as a "rules" error.
     */
    @Test
    void aLanguageWhoseListsAreBrokenFailsOnlyItsDrafts() throws Exception {
        Path copy = org.factcheck.TestSupport.copyOfRules(dir.resolve("rules-copy"));
        Path patterns = copy.resolve("en/date-patterns.txt");
        Files.writeString(patterns, Files.readString(patterns).replace("day-month | (?:", "day-month | ((?:"));
        Path fr = write("brouillon.txt", "Le conseil municipal a voté le budget de la ville mardi soir après un long "
                + "débat, et la maire a salué un budget responsable devant les élus.\n");
        Path en = write("draft.txt", "The city council passed the budget on Tuesday night after a long debate, and "
                + "the mayor praised a responsible budget before the councillors.\n");
        CliRun french = CliRun.of("check", "--rules", copy.toString(), "--format", "json", fr.toString());
        assertEquals(0, french.status(), french.err());
        assertEquals("fr", new ObjectMapper().readTree(french.out()).get(0).get("document").get("language").asText());
        CliRun both = CliRun.of("check", "--rules", copy.toString(), "--format", "json", fr.toString(), en.toString());
        assertEquals(2, both.status(), both.err());
        JsonNode reports = new ObjectMapper().readTree(both.out());
        assertEquals("fr", reports.get(0).get("document").get("language").asText());
        assertEquals("rules", reports.get(1).get("error").get("kind").asText(), both.out());
        assertTrue(both.err().contains("draft.txt: rules in ") && both.err().contains("en/: Unclosed group"), both.err());
    }

    @Test
    void languageCanBeForced() throws Exception {
        Path draft = write("draft.txt", "Le conseil a voté le budget de la ville pour l'année prochaine.\n");
        JsonNode report = new ObjectMapper().readTree(CliRun.of("check", "--rules", rules, "--format", "json", "--lang",
                "en", draft.toString()).out()).get(0);
        assertEquals("en", report.get("document").get("language").asText());
        assertEquals("option", report.get("document").get("languageSource").asText());
    }

    /** A French draft whose last paragraph repeats its first: a finding in any language, worded in the draft's. */
    private static final String REPEATED = "Le conseil municipal a voté le budget de la ville mardi soir après un long "
            + "débat.\n\nLa maire a salué un budget « responsable et ambitieux » devant les élus de la majorité.\n\n"
            + "Le conseil municipal a voté le budget de la ville mardi soir après un long débat.\n";

    private JsonNode report(String... args) throws Exception {
        return new ObjectMapper().readTree(CliRun.of(args).out()).get(0);
    }

    @Test
    void aLanguageGivenWithTheCheckIsTheDraftsWhateverItsText() throws Exception {
        Path text = write("draft.txt", REPEATED);
        JsonNode detected = report("check", "--rules", rules, "--format", "json", text.toString());
        assertEquals("fr", detected.get("document").get("language").asText());
        assertEquals("detected", detected.get("document").get("languageSource").asText());
        assertEquals("Ce paragraphe répète mot pour mot un paragraphe précédent.",
                detected.get("findings").get(0).get("message").asText());

        JsonNode given = report("check", "--rules", rules, "--format", "json", "--lang", "en", text.toString());
        assertEquals("option", given.get("document").get("languageSource").asText());
        assertEquals("This paragraph repeats an earlier paragraph word for word.",
                given.get("findings").get(0).get("message").asText());
    }

    /**
     * The language model is read on the first detection only: a command line run that is given the language never
     * loads it, which a run in a JVM of its own shows by the classes it loads.
     */
    @Test
    void aLanguageGivenLeavesTheLanguageModelUnread() throws Exception {
        Path text = write("draft.txt", REPEATED);
        assertFalse(loadsTheModel("--lang", "en", text.toString()), "given: the model is not read");
        assertTrue(loadsTheModel(text.toString()), "detected: the model is read");
    }

    private boolean loadsTheModel(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "--rules", rules));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        assertTrue(status == 0 || status == 1, "checked: " + out.lines().filter(l -> !l.contains("class,load")).toList());
        assertTrue(out.contains(Main.class.getName() + " "), "the class log is there");
        return out.contains("org.factcheck.core.extract.LanguageGuesser$Holder ");
    }
}
