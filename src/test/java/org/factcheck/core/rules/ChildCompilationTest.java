package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.factcheck.TestSupport;
import org.factcheck.core.RulesCompilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules compiled in a child process: the same rules, the same findings and the same problems as compiled here, with
 * none of the compiler's classes loaded in the process that asked; a child that cannot answer leaves the compilation
 * to the caller, with a warning.
 */
class ChildCompilationTest {
    /** Drools' builder of rule packages: loaded by any compilation of DRL, and by nothing else. */
    private static final String COMPILER_CLASS = "org.drools.compiler.builder.impl.KnowledgeBuilderImpl";

    @TempDir
    Path temp;

    private static long cacheFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bin")).count();
        }
    }

    @Test
    void rulesCompiledInAChildFindWhatRulesCompiledHereFindAndAreKept() throws Exception {
        Path rules = TestSupport.copyOfRules(Files.createDirectory(temp.resolve("rules")));
        Path cacheFolder = temp.resolve("cache");
        List<String> warnings = new ArrayList<>();
        RuleSet child = RuleSet.load(RulesFolder.of(rules), new CompiledRulesCache(cacheFolder, warnings::add),
                RulesCompilation.CHILD_PROCESS);
        assertEquals(List.of(), warnings);
        assertEquals(1, cacheFiles(cacheFolder), "the child's packages are kept for the next start");
        RuleSet readBack = RuleSet.load(RulesFolder.of(rules), new CompiledRulesCache(cacheFolder, warnings::add),
                RulesCompilation.IN_PROCESS);
        assertEquals(List.of(), warnings, "the kept packages are read back");
        assertEquals(child.rules(), readBack.rules());
        RuleSet here = RuleSet.load(RulesFolder.of(rules), new CompiledRulesCache(null, warnings::add),
                RulesCompilation.IN_PROCESS);
        CompiledRulesFixtures.assertSameRulesAndFindings(here, child);
    }

    @Test
    void aRuleThatDoesNotCompileInTheChildIsRefusedWithTheProblemsOfACompilationHere() throws IOException {
        Path rules = TestSupport.copyOfRules(Files.createDirectory(temp.resolve("rules")));
        Files.writeString(rules.resolve("broken.drl"), CompiledRulesFixtures.BROKEN_DRL, StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        RuleSetException child = assertThrows(RuleSetException.class, () -> RuleSet.load(RulesFolder.of(rules),
                new CompiledRulesCache(null, warnings::add), RulesCompilation.CHILD_PROCESS));
        RuleSetException here = assertThrows(RuleSetException.class, () -> RuleSet.load(RulesFolder.of(rules),
                new CompiledRulesCache(null, warnings::add), RulesCompilation.IN_PROCESS));
        assertEquals(List.of(), warnings, "the child answered: nothing compiled twice");
        assertTrue(child.problems().stream().anyMatch(p -> p.startsWith("broken.drl:7:")), child.problems().toString());
        assertEquals(here.problems(), child.problems());
    }

    @Test
    void theProcessThatAsksLoadsNoneOfTheCompilersClasses() throws Exception {
        Path rules = TestSupport.copyOfRules(Files.createDirectory(temp.resolve("rules")));
        String inChild = loadedClasses(rules, temp.resolve("cache-1"), RulesCompilation.CHILD_PROCESS);
        assertTrue(inChild.contains("rules loaded:"), inChild);
        assertFalse(inChild.contains(COMPILER_CLASS), "the compiler was loaded by the process that asked");
        // the control: the same process compiling itself loads it (so the line above can fail)
        String here = loadedClasses(rules, temp.resolve("cache-2"), RulesCompilation.IN_PROCESS);
        assertTrue(here.contains("rules loaded:"), here);
        assertTrue(here.contains(COMPILER_CLASS), "a compilation here loads " + COMPILER_CLASS);
    }

    /** What a new JVM prints, the classes it loads among it, while it loads {@code rules} as {@code compilation} says. */
    private static String loadedClasses(Path rules, Path cache, RulesCompilation compilation) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xlog:class+load=info:stdout", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), LoadRules.class.getName(), rules.toString(),
                cache.toString(), compilation.name()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), out.length() > 4000 ? out.substring(out.length() - 4000) : out);
        return out;
    }

    /** Loads a rules folder as its arguments say, in a JVM of its own. */
    public static final class LoadRules {
        public static void main(String[] args) throws Exception {
            RuleSet rules = RuleSet.load(RulesFolder.of(Path.of(args[0])),
                    new CompiledRulesCache(Path.of(args[1]), System.err::println), RulesCompilation.valueOf(args[2]));
            System.out.println("rules loaded: " + rules.rules().size());
        }
    }

    @Test
    void aChildThatCannotStartAnswersNonsenseOrTakesTooLongLeavesTheCompilationToTheCaller() {
        Map<String, String> sources = Map.of("a.drl", "package a\n");
        List<String> warnings = new ArrayList<>();
        assertNull(ChildCompilation.compile(sources, List.of(temp.resolve("no-such-java").toString()),
                Duration.ofSeconds(10), warnings::add));
        assertTrue(warnings.get(0).contains("no child process could be started"), warnings.toString());
        assertNull(ChildCompilation.compile(sources, List.of("sh", "-c", "cat > /dev/null; echo not compiled rules"),
                Duration.ofSeconds(10), warnings::add));
        assertTrue(warnings.get(1).contains("failed"), warnings.toString());
        assertNull(ChildCompilation.compile(sources, List.of("sh", "-c", "cat > /dev/null; sleep 30"),
                Duration.ofSeconds(1), warnings::add));
        assertTrue(warnings.get(2).contains("took more than 1 s"), warnings.toString());
        assertEquals(3, warnings.size());
    }

    @Test
    void theRealChildAnswersPackagesOrProblems() {
        List<String> warnings = new ArrayList<>();
        ChildCompilation.Result ok = ChildCompilation.compile(Map.of("dup.drl", """
                package factcheck.dup
                import org.factcheck.core.facts.Paragraph

                rule "long paragraph"
                when
                    $p : Paragraph(wordCount > 3)
                then
                end
                """), warnings::add);
        assertNotNull(ok, warnings.toString());
        assertEquals(List.of(), ok.problems());
        assertTrue(ok.packages().length > 100, "serialized packages");
        ChildCompilation.Result bad = ChildCompilation.compile(Map.of("bad.drl", "package x\nrule \"r\" when then\n"),
                warnings::add);
        assertNotNull(bad, warnings.toString());
        assertNull(bad.packages());
        assertTrue(bad.problems().stream().anyMatch(p -> p.startsWith("bad.drl")), bad.problems().toString());
        assertEquals(List.of(), warnings);
    }
}
