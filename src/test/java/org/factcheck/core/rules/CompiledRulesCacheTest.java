package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;

/**
 * The compiled rules kept on disk: read back, they find what the compiled ones find; a rule edited is compiled
 * anew; a corrupt file or a folder that cannot be written costs a compilation and a warning, never the rules.
 */
class CompiledRulesCacheTest {
    @TempDir
    static Path shared;
    private static Path rules;
    private static Path cacheFolder;
    private static List<String> firstWarnings;
    private static RuleSet compiled;

    @TempDir
    Path temp;

    /** One copy of the rules, compiled once into one cache, for the tests that only read it. */
    @BeforeAll
    static void compileOnce() throws Exception {
        rules = TestSupport.copyOfRules(Files.createDirectory(shared.resolve("rules")));
        cacheFolder = shared.resolve("cache");
        firstWarnings = new ArrayList<>();
        compiled = RuleSet.load(RulesFolder.of(rules), new CompiledRulesCache(cacheFolder, firstWarnings::add));
    }

    private static List<Path> cacheFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static Map<String, String> drlSources(Path folder) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".drl"))::iterator) {
                sources.put(folder.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    @Test
    void rulesReadBackFindWhatTheCompiledRulesFind() throws Exception {
        assertEquals(List.of(), firstWarnings);
        assertEquals(1, cacheFiles(cacheFolder).size(), "one file for the compiled rules");
        List<String> warnings = new ArrayList<>();
        CompiledRulesCache cache = new CompiledRulesCache(cacheFolder, warnings::add);
        assertNotNull(cache.read(CompiledRulesCache.key(drlSources(rules)), RuleSet.class.getClassLoader()),
                "the cache holds the folder's rules");
        RuleSet cached = RuleSet.load(RulesFolder.of(rules), cache);
        assertEquals(List.of(), warnings);
        CompiledRulesFixtures.assertSameRulesAndFindings(compiled, cached);
    }

    @Test
    void editingARuleFileChangesTheKeyAndTheEditIsCompiled() throws Exception {
        Path edited = TestSupport.copyOfRules(temp.resolve("rules"));
        String before = CompiledRulesCache.key(drlSources(edited));
        Path quote = edited.resolve("quote.drl");
        Files.writeString(quote, Files.readString(quote, StandardCharsets.UTF_8).replace("@severity(\"error\")",
                "@severity(\"warning\")"), StandardCharsets.UTF_8);
        assertNotEquals(before, CompiledRulesCache.key(drlSources(edited)));
        Path cacheCopy = Files.createDirectory(temp.resolve("cache"));
        for (Path f : cacheFiles(cacheFolder)) {
            Files.copy(f, cacheCopy.resolve(f.getFileName()));
        }
        List<String> warnings = new ArrayList<>();
        RuleSet ruleSet = RuleSet.load(RulesFolder.of(edited), new CompiledRulesCache(cacheCopy, warnings::add));
        assertEquals(List.of(), warnings);
        assertEquals(org.factcheck.core.facts.Severity.WARNING, ruleSet.rules().get("quote.unopened").severity(),
                "the edited rule, not the one kept");
        assertEquals(2, cacheFiles(cacheCopy).size(), "the edited rules are kept beside the others");
    }

    @Test
    void aCorruptFileIsCompiledAgainWithOneWarningAndReplaced() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("cache"));
        Path kept = cacheFiles(cacheFolder).get(0);
        byte[] bytes = Files.readAllBytes(kept);
        bytes[bytes.length / 2] ^= 0x5a;
        Path file = Files.write(folder.resolve(kept.getFileName()), bytes);
        List<String> warnings = new ArrayList<>();
        CompiledRulesCache cache = new CompiledRulesCache(folder, warnings::add);
        RuleSet ruleSet = RuleSet.load(RulesFolder.of(rules), cache);
        assertEquals(1, warnings.size(), String.valueOf(warnings));
        assertTrue(warnings.get(0).contains("cannot be read back") && warnings.get(0).contains("compiling them again"),
                warnings.get(0));
        assertEquals(compiled.rules(), ruleSet.rules());
        assertEquals(List.of(file), cacheFiles(folder));
        assertNotNull(cache.read(CompiledRulesCache.key(drlSources(rules)), RuleSet.class.getClassLoader()),
                "the corrupt file was replaced by a good one");

        Files.write(file, new byte[] {1, 2, 3}); // truncated
        warnings.clear();
        assertNull(cache.read(CompiledRulesCache.key(drlSources(rules)), RuleSet.class.getClassLoader()));
        assertEquals(1, warnings.size(), String.valueOf(warnings));
    }

    @Test
    void writersAtOnceNeverLeaveAReaderABrokenFile() throws Exception {
        String key = CompiledRulesCache.key(drlSources(rules));
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
        CompiledRulesCache source = new CompiledRulesCache(cacheFolder, warnings::add);
        Collection<KiePackage> packages = source.read(key, RuleSet.class.getClassLoader());
        assertNotNull(packages);
        Path folder = temp.resolve("cache");
        CompiledRulesCache cache = new CompiledRulesCache(folder, warnings::add);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        cache.write(key, packages);
                    }
                    return null;
                }));
            }
            Future<Integer> reader = threads.submit(() -> {
                int reads = 0;
                while (writing.get()) {
                    if (cache.read(key, RuleSet.class.getClassLoader()) != null) {
                        reads++;
                    }
                }
                return reads;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            assertTrue(reader.get() > 0, "the reader read whole files while they were written");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(), warnings, "no read saw a broken file, no write failed");
        assertEquals(List.of(cache.file(key)), cacheFiles(folder), "no temporary file left");
    }

    @Test
    void aFolderThatCannotBeWrittenStillGivesTheRules() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("cache"), "a file where the folder should be");
        List<String> warnings = new ArrayList<>();
        RuleSet ruleSet = RuleSet.load(RulesFolder.of(rules), new CompiledRulesCache(notAFolder.resolve("factcheck"),
                warnings::add));
        assertEquals(compiled.rules(), ruleSet.rules());
        assertEquals(1, warnings.size(), String.valueOf(warnings));
        assertTrue(warnings.get(0).startsWith("cannot keep the compiled rules in "), warnings.get(0));
        assertEquals(CompiledRulesFixtures.report(compiled), CompiledRulesFixtures.report(ruleSet));
    }

    @Test
    void theFolderIsNamedByThePropertyTheEnvironmentOrTheUsersCacheAndOffKeepsNone() {
        assertEquals(Path.of("/p"), CompiledRulesCache.folder("/p", "/e", "/x", "/home/u"));
        assertEquals(Path.of("/e"), CompiledRulesCache.folder(null, "/e", "/x", "/home/u"));
        assertEquals(Path.of("/x", "factcheck"), CompiledRulesCache.folder(null, " ", "/x", "/home/u"));
        assertEquals(Path.of("/home/u", ".cache", "factcheck"), CompiledRulesCache.folder(null, null, null, "/home/u"));
        assertNull(CompiledRulesCache.folder("off", "/e", "/x", "/home/u"));
    }
    @Test
    void theFolderKeepsTheFilesUsedLastAndDropsAbandonedWrites() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("cache"));
        List<String> warnings = new ArrayList<>();
        CompiledRulesCache cache = new CompiledRulesCache(folder, warnings::add);
        Path abandoned = Files.writeString(folder.resolve("rules-1.tmp"), "a write that never finished");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.writeString(folder.resolve("rules-2.tmp"), "a write of another process, now");
        Path archive = Files.writeString(folder.resolve("classes-1.jsa"), "the class archive, not the rules'");
        List<String> keys = new ArrayList<>();
        Instant start = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < CompiledRulesCache.KEEP + 4; i++) {
            String key = "%064x".formatted(i);
            cache.write(key, List.of());
            Files.setLastModifiedTime(cache.file(key), FileTime.from(start.plusSeconds(i))); // written in that order
            keys.add(key);
        }
        List<String> kept = keys.subList(4, keys.size());
        assertEquals(kept.stream().map(cache::file).toList(), compiledFiles(folder));
        assertTrue(Files.exists(writing) && Files.exists(archive));
        assertTrue(Files.notExists(abandoned));

        assertNotNull(cache.read(kept.get(0), getClass().getClassLoader()), "the oldest kept, read: now used last");
        cache.write("%064x".formatted(99), List.of());
        assertTrue(Files.exists(cache.file(kept.get(0))));
        assertTrue(Files.notExists(cache.file(kept.get(1))), "the one used longest ago goes");
        assertEquals(CompiledRulesCache.KEEP, compiledFiles(folder).size());
        assertEquals(List.of(), warnings);
    }

    private static List<Path> compiledFiles(Path folder) throws IOException {
        return cacheFiles(folder).stream().filter(f -> f.getFileName().toString().endsWith(".bin")).toList();
    }
}
