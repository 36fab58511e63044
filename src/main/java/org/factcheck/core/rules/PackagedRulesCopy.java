package org.factcheck.core.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.factcheck.core.JarFolders;

/**
 * The packaged rules copied out of the jar into the cache folder, once for each build of the jar, and read from there
 * as a folder on disk: reading them in the jar takes a zip file system over the whole jar, which indexes its 23,000
 * entries at each start (about 90 ms of a one-draft check, and 6 to 7 MB of heap for as long as the process runs). A
 * copy is named after the jar's path, size and time, so that a new build makes a new one; it is written beside and
 * moved into place whole, so that a start reads either a whole copy or none. The folder keeps the {@value #KEEP}
 * copies used last. Where the cache is off or cannot be written, a process copies the rules for itself into the
 * system's temporary folder ({@link #forThisProcess}), deleted at its exit; where that cannot be written either, they
 * are read in the jar.
 */
final class PackagedRulesCopy {
    /** How many copies the cache folder keeps, those used last: each build of the jar makes one (about 1 MB). */
    static final int KEEP = 4;
    private static final String PREFIX = "packaged-rules-";
    /**
     * The folder of this process's own copies (each named after its jar by {@link #of}, as in a cache folder): one for
     * the process, made at its first need; null until then.
     */
    private static Path own;

    private PackagedRulesCopy() {
    }

    /**
     * The copy of the entries under {@code folder}/ of {@code jar} in {@code cache}, made now if there is none; null
     * when {@code cache} is null or it cannot be made.
     */
    static Path of(Path jar, String folder, Path cache) {
        if (cache == null) {
            return null;
        }
        try {
            Path copy = cache.resolve(PREFIX + key(jar));
            if (Files.isDirectory(copy)) {
                CompiledRulesCache.touch(copy);
                return copy;
            }
            Files.createDirectories(cache);
            Path partial = Files.createTempDirectory(cache, PREFIX + "partial-");
            try {
                write(jar, folder + "/", partial);
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // another start made it meanwhile: theirs is whole
            } finally {
                JarFolders.delete(partial);
            }
            prune(cache, copy);
            return Files.isDirectory(copy) ? copy : null;
        } catch (IOException | RuntimeException e) {
            return null; // read in the jar
        }
    }

    /**
     * A copy of the entries under {@code folder}/ of {@code jar} for this process alone, where no cache folder can
     * hold one: in a folder of the system's temporary one, made once for the process and deleted at its exit (a
     * process killed leaves it, about 700 KB, to whoever clears that folder); null when it cannot be made.
     */
    static Path forThisProcess(Path jar, String folder) {
        Path in = ownFolder();
        return in == null ? null : of(jar, folder, in);
    }

    /** This process's folder of its own copies, made now if there is none; null when it cannot be (tried again). */
    private static synchronized Path ownFolder() {
        if (own == null) {
            Path made;
            try {
                made = Files.createTempDirectory("factcheck-rules-");
            } catch (IOException | RuntimeException e) {
                return null;
            }
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> JarFolders.delete(made), "factcheck-rules-copy"));
            } catch (IllegalStateException e) { // the process is stopping
                JarFolders.delete(made);
                return null;
            }
            own = made;
        }
        return own;
    }

    /** The jar's path, size and time, hashed. */
    private static String key(Path jar) throws IOException {
        String id = jar.toAbsolutePath().normalize() + " " + Files.size(jar) + " "
                + Files.getLastModifiedTime(jar).toMillis();
        byte[] digest = CompiledRulesCache.sha256().digest(id.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 12);
    }

    /** Writes each file of the jar under {@code prefix} into {@code into}, at its path under the prefix. */
    private static void write(Path jar, String prefix, Path into) throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            if (JarFolders.copy(in, prefix, into) == 0) {
                throw new IOException("no " + prefix + " in " + jar);
            }
        }
    }

    /**
     * Deletes the copies but the {@value #KEEP} used last ({@code kept} among them), and those a start left
     * half-written an hour ago or more. A start reading a copy deleted here reads files that are gone and fails: a
     * copy is deleted only after {@value #KEEP} newer ones were used, that is {@value #KEEP} builds of the jar later.
     */
    private static void prune(Path cache, Path kept) {
        List<Path> copies = new ArrayList<>();
        Instant now = Instant.now();
        try (Stream<Path> list = Files.list(cache)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(PREFIX) || p.equals(kept)) {
                    continue;
                }
                if (name.startsWith(PREFIX + "partial-")) {
                    if (CompiledRulesCache.lastUsed(p).isBefore(now.minus(CompiledRulesCache.ABANDONED))) {
                        JarFolders.delete(p);
                    }
                } else {
                    copies.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        CompiledRulesCache.keepUsedLast(copies, KEEP - 1, JarFolders::delete);
    }
}
