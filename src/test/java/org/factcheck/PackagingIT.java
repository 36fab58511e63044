package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.factcheck.core.extract.Drafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built artifacts: the CLI jar runs on its own and reads every accepted format, the WAR carries the web sources and
 * the rules, and both stay under the size limits the pom sets.
 */
class PackagingIT {
    @TempDir
    Path dir;

    @Test
    void theCliJarRunsAsAProcess() throws Exception {
        Path jar = TestSupport.projectDir().resolve("target/factcheck-cli.jar");
        Path draft = Files.writeString(dir.resolve("draft.txt"),
                "« Le budget est voté, a dit la maire.\n\nLe conseil se réunira lundi prochain.\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "check", "--format", "json", "--date", "2025-11-25",
                draft.toString())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, p.exitValue(), err);
        assertEquals("", err, "nothing on standard error");
        JsonNode finding = new ObjectMapper().readTree(out).get(0).get("findings").get(0);
        assertEquals("quote.unclosed", finding.get("rule").asText());
        assertEquals("Guillemet ouvrant « jamais refermé.", finding.get("message").asText());
    }

    @Test
    void withoutACacheFolderTheJarReadsItsRulesFromACopyOfItsOwnNotThroughAFileSystemOfTheWholeJar() throws Exception {
        Path draft = Files.writeString(dir.resolve("draft.txt"),
                "« Le budget est voté, a dit la maire.\n\nLe conseil se réunira lundi prochain.\n", StandardCharsets.UTF_8);
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        String copied = loadedWithoutCache(draft, temporary, "copied");
        assertFalse(copied.contains(ZIP_FILE_SYSTEM), "no file system of the jar");
        try (var left = Files.list(temporary)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("factcheck-rules-")).toList(), "the copy deleted at the exit");
        }
        // the control: where no copy can be written, the rules are read in the jar, through its file system
        String inJar = loadedWithoutCache(draft, Files.writeString(dir.resolve("not-a-folder"), "x"), "in-jar");
        assertTrue(inJar.contains(ZIP_FILE_SYSTEM), "read in the jar");
    }

    private static final String ZIP_FILE_SYSTEM = "jdk.nio.zipfs.ZipFileSystem ";

    /**
     * The classes a check of {@code draft} by the CLI jar loads without a cache folder, the system's temporary folder
     * set to {@code temporary}; the check itself must give its finding.
     */
    private String loadedWithoutCache(Path draft, Path temporary, String name) throws Exception {
        Path log = dir.resolve(name + "-classes.log");
        Process p = new ProcessBuilder(javaBin(), "-Xlog:class+load=info:file=" + log, "-Dfactcheck.cache=off",
                "-Djava.io.tmpdir=" + temporary, "-jar", TestSupport.projectDir().resolve("target/factcheck-cli.jar")
                .toString(), "check", "--format", "json", "--date", "2025-11-25", draft.toString())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, p.exitValue(), err);
        JsonNode finding = new ObjectMapper().readTree(out).get(0).get("findings").get(0);
        assertEquals("quote.unclosed", finding.get("rule").asText());
        return Files.readString(log);
    }

    @Test
    void theWarHoldsTheWebSourcesAndThePackagedRules() throws Exception {
        try (ZipFile war = new ZipFile(TestSupport.projectDir().resolve("target/factcheck.war").toFile())) {
            assertNotNull(war.getEntry("WEB-INF/web.xml"));
            for (String f : List.of("duplicate.drl", "spelling.drl", "quote.drl", "fr/messages.properties",
                    "en/messages.properties")) {
                assertNotNull(war.getEntry("WEB-INF/classes/factcheck-rules/" + f), f);
            }
            assertTrue(war.stream().noneMatch(e -> e.getName().startsWith("WEB-INF/lib/jakarta.servlet-api")),
                    "the servlet API is provided by the container");
        }
    }

    /** What the build leaves out (see the README's Dependencies) must not cost a format: each one read by the jar. */
    @Test
    void theCliJarReadsEveryAcceptedFormat() throws Exception {
        String first = "Le conseil municipal a voté le budget de la ville lundi.";
        String second = "La maire a présenté les comptes aux élus.";
        Map<String, byte[]> drafts = new LinkedHashMap<>();
        drafts.put("draft.txt", (first + "\n\n" + second + "\n").getBytes(StandardCharsets.UTF_8));
        drafts.put("draft.md", ("# Budget\n\n" + first + "\n\n*" + second + "*\n").getBytes(StandardCharsets.UTF_8));
        drafts.put("draft.html", ("<html><head><title>Budget</title></head><body><p>" + first + "</p><p>" + second
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        drafts.put("draft.docx", Drafts.docxWithHeadingAndList("Budget", first, second));
        drafts.put("draft.odt", Drafts.odt(first, second));
        drafts.put("draft.rtf", Drafts.rtf(first, second));
        drafts.put("draft.pdf", Drafts.pdf(first, second));
        JarRun run = check(drafts);
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        JsonNode reports = new ObjectMapper().readTree(out);
        assertEquals(drafts.size(), reports.size(), out);
        for (JsonNode report : reports) {
            String text = report.get("text").asText();
            assertTrue(text.contains(first) && text.contains(second), report.get("source").asText() + " read as " + text);
        }
    }

    /**
     * A document embedded in a draft is skipped, and what the build leaves out of POI's spreadsheet and presentation
     * code and of the schemas does not cost the reading of such a draft: the jar reads each of these drafts, their
     * embedded workbook unread, without a missing class.
     */
    @Test
    void theCliJarSkipsTheDocumentsEmbeddedInADraft() throws Exception {
        String first = "Le conseil municipal a vote le budget de la ville lundi.";
        String second = "La maire a presente les comptes aux elus.";
        String cell = "Recettes du classeur joint";
        byte[] workbook = Drafts.xlsx(cell, 987654);
        Map<String, byte[]> drafts = new LinkedHashMap<>();
        drafts.put("embeds.docx", Drafts.docxWithEmbeddedWorkbook(workbook, first, second));
        drafts.put("attaches.pdf", Drafts.pdfWithAttachedFile("comptes.xlsx", workbook, first, second));
        drafts.put("embeds.rtf", Drafts.rtfWithEmbeddedWorkbook(workbook, first, second));
        drafts.put("embeds.odt", Drafts.odtWithEmbeddedSheet(cell + " 987654", first, second));
        JarRun run = check(drafts);
        assertEquals(0, run.status(), run.err());
        assertTrue(!run.err().contains("\tat ") && !run.err().contains("Error"), "no stack trace nor error: " + run.err());
        JsonNode reports = new ObjectMapper().readTree(run.out());
        assertEquals(drafts.size(), reports.size(), run.out());
        for (JsonNode report : reports) {
            assertEquals(first + "\n\n" + second, report.path("text").asText(), report.toString());
        }
    }

    /**
     * What the build leaves out of POI (the code of the formats we refuse) must not cost the refusal either: each of
     * these drafts is refused by the jar as it was, an Office file of another kind named by its type, an encrypted one
     * as encrypted.
     */
    @Test
    void theCliJarRefusesOtherFormatsByTheirTypeAndEncryptedOnesAsEncrypted() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, byte[]> drafts = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Écoles");
            workbook.write(out);
            drafts.put("sheet.xlsx", out.toByteArray());
        }
        expected.put("sheet.xlsx", "unsupported file type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Écoles");
            workbook.write(out);
            drafts.put("sheet.xls", out.toByteArray());
        }
        expected.put("sheet.xls", "unsupported file type application/vnd.ms-excel");
        try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            slides.createSlide().createTextBox().setText("Budget");
            slides.write(out);
            drafts.put("slides.pptx", out.toByteArray());
        }
        expected.put("slides.pptx",
                "unsupported file type application/vnd.openxmlformats-officedocument.presentationml.presentation");
        try (HSLFSlideShow slides = new HSLFSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            slides.createSlide().createTextBox().setText("Budget");
            slides.write(out);
            drafts.put("slides.ppt", out.toByteArray());
        }
        expected.put("slides.ppt", "unsupported file type application/vnd.ms-powerpoint");
        try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ole.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument"); // what names a Word 97 file
            ole.writeFilesystem(out);
            drafts.put("old.doc", out.toByteArray());
        }
        expected.put("old.doc", "unsupported file type application/msword");
        drafts.put("secret.docx", Drafts.encryptedDocx());
        expected.put("secret.docx", "the document is password-protected");
        drafts.put("secret.pdf", Drafts.encryptedPdf());
        expected.put("secret.pdf", "the document is password-protected");
        try (InputStream in = PackagingIT.class.getResourceAsStream("/drafts/encrypted-for-a-certificate.pdf")) {
            drafts.put("certificate.pdf", in.readAllBytes());
        }
        expected.put("certificate.pdf", "the document is encrypted for the holders of a certificate");

        JarRun run = check(drafts);
        String out = run.out();
        assertEquals(2, run.status(), run.err());
        assertTrue(!run.err().contains("\tat ") && !run.err().contains("Error"), "no stack trace nor error: " + run.err());
        JsonNode reports = new ObjectMapper().readTree(out);
        assertEquals(drafts.size(), reports.size(), out);
        for (JsonNode report : reports) {
            String name = Path.of(report.get("source").asText()).getFileName().toString();
            JsonNode error = report.get("error");
            assertNotNull(error, name + " is refused");
            String message = error.get("message").asText();
            String kind = expected.get(name).startsWith("unsupported") ? "unsupported" : "encrypted";
            assertEquals(kind, error.get("kind").asText(), name + ": " + message);
            assertTrue(message.equals(expected.get(name)) || message.startsWith(expected.get(name) + " (expected"),
                    name + ": " + message);
        }
    }

    /**
     * The predefined encodings of Chinese, Japanese and Korean that the build leaves out of FontBox: a PDF whose font
     * names one is refused by the CLI jar saying which (the tests' FontBox reads it: DocumentExtractorTest), and
     * neither the CLI jar nor the WAR's FontBox holds them, while both keep Identity-H, which embedded fonts use.
     */
    @Test
    void aPdfInAnEncodingLeftOutIsRefusedSayingWhich() throws Exception {
        String line = "Le conseil municipal a vote le budget lundi.";
        JarRun run = check(Map.of("tokyo.pdf", Drafts.pdfWithPredefinedEncoding("UniJIS-UCS2-H", line)));
        assertEquals(2, run.status(), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
        JsonNode error = new ObjectMapper().readTree(run.out()).get(0).get("error");
        assertNotNull(error, run.out());
        assertEquals("unsupported", error.get("kind").asText(), run.out());
        assertEquals("the PDF writes its text in an encoding this build does not hold (UniJIS-UCS2-H; the predefined "
                + "encodings of Chinese, Japanese and Korean are left out)", error.get("message").asText());
        List<String> cli;
        try (ZipFile jar = new ZipFile(TestSupport.projectDir().resolve("target/factcheck-cli.jar").toFile())) {
            cli = jar.stream().map(ZipEntry::getName).toList();
        }
        List<String> war = null;
        try (ZipFile file = new ZipFile(TestSupport.projectDir().resolve("target/factcheck.war").toFile())) {
            for (ZipEntry lib : file.stream().filter(e -> e.getName().matches("WEB-INF/lib/fontbox-.*\\.jar"))
                    .toList()) {
                war = entries(file.getInputStream(lib));
            }
        }
        assertNotNull(war, "the WAR holds FontBox");
        for (List<String> names : List.of(cli, war)) {
            assertTrue(names.contains("org/apache/fontbox/cmap/Identity-H"), "Identity-H kept");
            assertFalse(names.contains("org/apache/fontbox/cmap/UniJIS-UCS2-H"), "UniJIS-UCS2-H left out");
            assertFalse(names.contains("org/apache/fontbox/cmap/Adobe-Japan1-UCS2"), "Adobe-Japan1-UCS2 left out");
        }
    }

    /**
     * The packages that src/assembly/cli.xml leaves out of the CLI jar are out of it, and out of every jar the WAR
     * holds (its trimmed copies of those libraries, made from the same list).
     */
    @Test
    void thePackagedFilesLeaveOutThePackagesTheAssemblyLeavesOut() throws Exception {
        List<String> leftOut = new ArrayList<>();
        Matcher m = Pattern.compile("<exclude>([^<*]+/)\\*\\*</exclude>")
                .matcher(Files.readString(TestSupport.projectDir().resolve("src/assembly/cli.xml")));
        while (m.find()) {
            leftOut.add(m.group(1));
        }
        assertTrue(leftOut.size() > 10, "the packages left out: " + leftOut);
        List<String> found = new ArrayList<>();
        leftOut.add("com/graphbuilder/"); // curvesapi, left out whole (the assembly's artifact excludes)
        try (ZipFile jar = new ZipFile(TestSupport.projectDir().resolve("target/factcheck-cli.jar").toFile())) {
            jar.stream().map(ZipEntry::getName).filter(n -> leftOut.stream().anyMatch(n::startsWith))
                    .limit(5).forEach(n -> found.add("factcheck-cli.jar!" + n));
        }
        int trimmed = 0;
        try (ZipFile war = new ZipFile(TestSupport.projectDir().resolve("target/factcheck.war").toFile())) {
            for (ZipEntry lib : war.stream().filter(e -> e.getName().matches("WEB-INF/lib/[^/]+\\.jar")).toList()) {
                if (lib.getName().startsWith("WEB-INF/lib/curvesapi-")) {
                    found.add(lib.getName());
                }
                trimmed += lib.getName().endsWith("-trimmed.jar") ? 1 : 0;
                for (String n : entries(war.getInputStream(lib))) {
                    if (leftOut.stream().anyMatch(n::startsWith)) {
                        found.add(lib.getName() + "!" + n);
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(trimmed >= 14, "the WAR holds the trimmed copies of POI, XMLBeans, Commons Compress and Codec,"
                + " OpenNLP, Tika's core and its Microsoft, miscellaneous Office and text modules, H2, FontBox");
    }

    private static List<String> entries(InputStream jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(jar)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void thePackagedFilesStayUnderTheirSizeLimits() throws Exception {
        List<String> over = new ArrayList<>();
        for (String[] file : new String[][] {{"target/factcheck-cli.jar", "factcheck.max-cli-jar-mb"},
                {"target/factcheck.war", "factcheck.max-war-mb"}}) {
            String limit = System.getProperty(file[1]);
            assertNotNull(limit, file[1] + " is set in the pom, for failsafe");
            long bytes = Files.size(TestSupport.projectDir().resolve(file[0]));
            System.out.printf("PackagingIT: %s weighs %.1f MB (limit %s MB)%n", file[0], bytes / 1e6, limit);
            if (bytes > Long.parseLong(limit) * 1_000_000) {
                over.add(String.format("%s weighs %.1f MB, over its limit of %s MB", file[0], bytes / 1e6, limit));
            }
        }
        assertEquals(List.of(), over);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** What a run of the CLI jar's {@code check} printed, and its exit status. */
    private record JarRun(int status, String out, String err) {
    }

    /** Runs the CLI jar's {@code check} on {@code drafts}, written into the test's folder under their names. */
    private JarRun check(Map<String, byte[]> drafts) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar",
                TestSupport.projectDir().resolve("target/factcheck-cli.jar").toString(), "check", "--format", "json",
                "--date", "2025-11-25", "--fail-on", "never"));
        for (Map.Entry<String, byte[]> draft : drafts.entrySet()) {
            command.add(Files.write(dir.resolve(draft.getKey()), draft.getValue()).toString());
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new JarRun(p.exitValue(), out, err);
    }
}
