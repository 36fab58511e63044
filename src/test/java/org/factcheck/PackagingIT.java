package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built artifacts: the CLI jar runs on its own, and the WAR carries the web sources and the rules. */
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

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
