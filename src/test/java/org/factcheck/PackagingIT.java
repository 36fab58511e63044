package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
        assertEquals(0, p.exitValue(), err);
        JsonNode reports = new ObjectMapper().readTree(out);
        assertEquals(drafts.size(), reports.size(), out);
        for (JsonNode report : reports) {
            String text = report.get("text").asText();
            assertTrue(text.contains(first) && text.contains(second), report.get("source").asText() + " read as " + text);
        }
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
}
