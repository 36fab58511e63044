package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.factcheck.core.JarFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagedRulesCopyTest {
    @TempDir
    Path dir;

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path rulesJar(String name, String drl) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("factcheck-rules/", "");
        entries.put("factcheck-rules/name.drl", drl);
        entries.put("factcheck-rules/en/messages.properties", "name.spelling=check {name}\n");
        entries.put("org/factcheck/Other.class", "not rules");
        return jar(name, entries);
    }

    private List<String> copies(Path cache) throws IOException {
        try (Stream<Path> list = Files.list(cache)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFolderIsCopiedOnceForABuildOfTheJarAndReadFromTheCopyAfter() throws IOException {
        Path cache = dir.resolve("cache");
        Path jar = rulesJar("a.jar", "rule one");
        Path copy = PackagedRulesCopy.of(jar, "factcheck-rules", cache);
        assertNotNull(copy);
        assertEquals("rule one", Files.readString(copy.resolve("name.drl")));
        assertEquals("name.spelling=check {name}\n", Files.readString(copy.resolve("en/messages.properties")));
        assertFalse(Files.exists(copy.resolve("org")), "only the folder asked for");
        Files.writeString(copy.resolve("marker"), "x");
        assertEquals(copy, PackagedRulesCopy.of(jar, "factcheck-rules", cache), "the same build: the same copy");
        assertTrue(Files.exists(copy.resolve("marker")), "not written again");

        Path rebuilt = rulesJar("a.jar", "rule one, edited");
        Path second = PackagedRulesCopy.of(rebuilt, "factcheck-rules", cache);
        assertNotEquals(copy, second, "another build: another copy");
        assertEquals("rule one, edited", Files.readString(second.resolve("name.drl")));
        assertEquals(2, copies(cache).size(), copies(cache).toString());
    }

    @Test
    void theCopiesUsedLastAreKeptAndHalfWrittenOnesOfAnHourAgoDropped() throws IOException {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache.resolve("packaged-rules-partial-1"));
        Files.setLastModifiedTime(cache.resolve("packaged-rules-partial-1"),
                FileTime.from(Instant.now().minusSeconds(7200)));
        Path last = null;
        for (int i = 0; i < PackagedRulesCopy.KEEP + 2; i++) {
            last = PackagedRulesCopy.of(rulesJar("j" + i + ".jar", "rule " + i), "factcheck-rules", cache);
            Files.setLastModifiedTime(last, FileTime.from(Instant.now().minusSeconds(100 - i)));
        }
        List<String> left = copies(cache);
        assertEquals(PackagedRulesCopy.KEEP, left.size(), left.toString());
        assertTrue(left.contains(last.getFileName().toString()));
        assertFalse(left.contains("packaged-rules-partial-1"), left.toString());
    }

    @Test
    void withoutACacheAProcessCopiesTheRulesOnceForItselfAndTheCopyGoesWithIt() throws Exception {
        Path jar = rulesJar("factcheck-cli.jar", "rule one");
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + temporary, "-cp",
                System.getProperty("java.class.path"), CopyForItself.class.getName(), jar.toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertEquals(3, lines.size(), out);
        assertEquals(lines.get(0), lines.get(1), "one copy for the process, however often it asks");
        assertTrue(Path.of(lines.get(0)).startsWith(temporary), "in the system's temporary folder: " + out);
        assertEquals("rule one", lines.get(2), "the rules read from the copy");
        assertEquals(List.of(), copies(temporary), "deleted at the process's exit");
    }

    /** Asks twice for a copy of its own of the rules in a jar, in a JVM of its own, and reads one from it. */
    public static final class CopyForItself {
        public static void main(String[] args) throws IOException {
            Path first = PackagedRulesCopy.forThisProcess(Path.of(args[0]), "factcheck-rules");
            Path second = PackagedRulesCopy.forThisProcess(Path.of(args[0]), "factcheck-rules");
            System.out.println(first);
            System.out.println(second);
            System.out.println(Files.readString(first.resolve("name.drl")));
        }
    }

    @Test
    void noCacheAnUnwritableOneOrAJarWithoutTheFolderGiveNoCopyAndLeaveNothing() throws IOException {
        Path jar = rulesJar("a.jar", "rule one");
        assertNull(PackagedRulesCopy.of(jar, "factcheck-rules", null));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertNull(PackagedRulesCopy.of(jar, "factcheck-rules", file), "a cache that is a file");
        Path cache = dir.resolve("cache");
        assertNull(PackagedRulesCopy.of(jar, "no-such-folder", cache));
        assertEquals(List.of(), copies(cache), "no half-written copy left");
    }

    @Test
    void anEntryLeadingOutOfTheFolderIsRefused() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("factcheck-rules/name.drl", "rule");
        entries.put("factcheck-rules/../../outside.txt", "escaped");
        Path cache = dir.resolve("cache");
        assertNull(PackagedRulesCopy.of(jar("bad.jar", entries), "factcheck-rules", cache));
        assertFalse(Files.exists(dir.resolve("outside.txt")));
        assertFalse(Files.exists(cache.resolve("outside.txt")));
        assertEquals(List.of(), copies(cache));
    }

    @Test
    void aFolderReadAgainIsItselfButACopyThatIsGoneIsMadeAgain() throws IOException {
        Path cache = dir.resolve("cache");
        Path jar = rulesJar("a.jar", "rule one");
        Path copy = PackagedRulesCopy.of(jar, RulesFolder.PACKAGED, cache);
        RulesFolder folder = new RulesFolder(copy, "packaged rules", jar);
        assertSame(folder, folder.again(), "the copy is there: read where it is");
        RulesFolder plain = RulesFolder.of(dir);
        assertSame(plain, plain.again());

        JarFolders.delete(copy); // pruned by newer builds sharing the cache folder
        assertFalse(Files.exists(copy));
        RulesFolder again = folder.again();
        assertEquals("packaged rules", again.description());
        assertEquals(jar, again.copiedFrom());
        assertEquals(cache, again.root().getParent());
        assertEquals("rule one", Files.readString(again.root().resolve("name.drl")));
        assertEquals("name.spelling=check {name}\n", Files.readString(again.root().resolve("en/messages.properties")));
    }

    @Test
    void aCopyThatIsGoneAndCannotBeMadeAgainGivesThePackagedRulesWhereTheyAre() throws IOException {
        Path jar = rulesJar("a.jar", "rule one");
        Path notAFolder = Files.writeString(dir.resolve("cache-now-a-file"), "x");
        RulesFolder folder = new RulesFolder(notAFolder.resolve("packaged-rules-gone"), "packaged rules", jar);
        RulesFolder again = folder.again();
        assertEquals("packaged rules", again.description());
        assertNull(again.copiedFrom());
        assertTrue(Files.isRegularFile(again.root().resolve("name.drl")), again.root().toString());
    }
}
