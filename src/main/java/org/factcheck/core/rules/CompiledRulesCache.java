package org.factcheck.core.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.impl.KnowledgePackageImpl;
import org.kie.api.definition.KiePackage;

/**
 * The compiled packages of a rules folder kept on disk, so that a process starts without compiling DRL (Drools'
 * parser, MVEL and the Java compiler take seconds; reading the packages back a fraction of that). A file is named by
 * a key over everything the compilation depends on: each DRL file's path and content, the Java version, and the
 * build of this project and of Drools (their jar's size and time, or their class folder's newest file). Editing a
 * rule file changes the key, so the folder stays editable; a stale key is never read.
 *
 * <p>A file is written to a temporary file and moved into place, so that a reader sees a whole file or none, also
 * when two processes write at once. A file that cannot be read back (truncated, corrupt, of another Drools) only costs
 * a compilation and one warning; a folder that cannot be written only costs the next start its compilation. The folder
 * keeps the {@value #KEEP} files read or written last.
 *
 * @param folder where the files are kept, or {@code null} for no cache
 * @param warn   where the one-line warnings go
 */
public record CompiledRulesCache(Path folder, Consumer<String> warn) {
    /** System property naming the cache folder; {@code off} keeps no cache. */
    public static final String PROPERTY = "factcheck.cache";
    /** Environment variable naming the cache folder; {@code off} keeps no cache. */
    public static final String ENVIRONMENT = "FACTCHECK_CACHE";
    /** The first bytes of a file, which change with its layout. */
    private static final String MAGIC = "factcheck-compiled-rules-1";
    /**
     * How many files of compiled rules the folder keeps, those read or written last: every edit of a rule and every
     * new build of the jar makes a new one (about 1 MB), which would otherwise pile up.
     */
    static final int KEEP = 8;
    /** How old a temporary file (or folder) left by a write that never finished is when it is deleted. */
    static final Duration ABANDONED = Duration.ofHours(1);

    /**
     * The folder named by {@value #PROPERTY}, else {@value #ENVIRONMENT}, else {@code $XDG_CACHE_HOME/factcheck},
     * else {@code ~/.cache/factcheck}; warnings on standard error.
     */
    public static CompiledRulesCache fromEnvironment() {
        return new CompiledRulesCache(folderFromEnvironment(),
                message -> System.err.println("factcheck: " + message));
    }

    /** The folder {@link #fromEnvironment()} names, or null when there is none ({@code off}). */
    public static Path folderFromEnvironment() {
        return folder(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT), System.getenv("XDG_CACHE_HOME"),
                System.getProperty("user.home"));
    }

    static Path folder(String property, String environment, String xdgCache, String home) {
        for (String candidate : new String[] {property, environment}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip().equals("off") ? null : Paths.get(candidate.strip());
            }
        }
        if (xdgCache != null && !xdgCache.isBlank()) {
            return Paths.get(xdgCache.strip(), "factcheck");
        }
        return home == null ? null : Paths.get(home, ".cache", "factcheck");
    }

    /**
     * The key of a folder's DRL files, by path relative to the folder; {@code null} when the build of this project
     * or of Drools cannot be told (then nothing is cached).
     */
    static String key(Map<String, String> drlSources) {
        MessageDigest digest = sha256();
        List<String> parts = new ArrayList<>(List.of(MAGIC, System.getProperty("java.vm.version", "")));
        for (Class<?> c : List.of(CompiledRulesCache.class, KnowledgePackageImpl.class)) {
            String build = build(c);
            if (build == null) {
                return null;
            }
            parts.add(build);
        }
        drlSources.forEach((path, drl) -> {
            parts.add(path);
            parts.add(drl);
        });
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Where {@code type}'s class file comes from and how that build is told apart from another, or {@code null}. */
    private static String build(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path path = Paths.get(source.getLocation().toURI());
            if (Files.isRegularFile(path)) {
                return path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
            }
            try (Stream<Path> files = Files.walk(path)) { // a build's class folder: its newest file, and how many
                long[] newestAndCount = new long[2];
                files.filter(Files::isRegularFile).forEach(f -> {
                    newestAndCount[1]++;
                    try {
                        newestAndCount[0] = Math.max(newestAndCount[0], Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        newestAndCount[0] = Long.MAX_VALUE;
                    }
                });
                return path + " " + newestAndCount[0] + " " + newestAndCount[1];
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null; // a nested jar or another unusual location
        }
    }

    /** The file of {@code key}. */
    Path file(String key) {
        return folder.resolve("rules-" + key + ".bin");
    }

    /**
     * The packages compiled under {@code key}, read with {@code loader}; {@code null} when there are none, or when
     * they cannot be read (with a warning).
     */
    Collection<KiePackage> read(String key, ClassLoader loader) {
        if (folder == null || key == null) {
            return null;
        }
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null; // never compiled here, or a folder that cannot be made (the write says so)
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            warn.accept("cannot read the compiled rules " + file + " (" + e + "); compiling them");
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                throw new IOException("not a file of compiled rules for this key");
            }
            byte[] checksum = in.readNBytes(32);
            byte[] packages = in.readAllBytes();
            if (!Arrays.equals(checksum, sha256().digest(packages))) {
                throw new IOException("its checksum does not match");
            }
            List<KiePackage> read = deserialize(packages, loader);
            touch(file);
            return read;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            warn.accept("the compiled rules " + file + " cannot be read back (" + e + "); compiling them again");
            return null;
        }
    }

    /** Keeps {@code packages} under {@code key}; a folder that cannot be written gets a warning, nothing more. */
    void write(String key, Collection<KiePackage> packages) {
        if (folder == null || key == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = serialize(packages);
        } catch (IOException | RuntimeException e) {
            warn.accept("cannot keep the compiled rules in " + folder + " (" + e + "); the next start compiles them");
            return;
        }
        writeSerialized(key, bytes);
    }

    /** As {@link #write}, the packages serialized already ({@link #serialize}: a child process's answer). */
    void writeSerialized(String key, byte[] bytes) {
        if (folder == null || key == null) {
            return;
        }
        Path temporary = null;
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream(bytes.length + 200);
            try (DataOutputStream out = new DataOutputStream(file)) {
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                out.write(sha256().digest(bytes));
                out.write(bytes);
            }
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "rules-", ".tmp");
            Files.write(temporary, file.toByteArray());
            try {
                Files.move(temporary, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            prune(file(key));
        } catch (IOException | RuntimeException e) {
            warn.accept("cannot keep the compiled rules in " + folder + " (" + e + "); the next start compiles them");
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // left for whoever clears the folder
                }
            }
        }
    }

    /** {@code packages} as bytes, for {@link #deserialize} (in a file of this cache, or from a child process). */
    static byte[] serialize(Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream objects = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(objects)) {
            out.writeObject(new ArrayList<>(packages));
        }
        return objects.toByteArray();
    }

    /** The packages {@link #serialize} wrote, their classes loaded with {@code loader}. */
    static List<KiePackage> deserialize(byte[] packages, ClassLoader loader) throws IOException, ClassNotFoundException {
        try (DroolsObjectInputStream objects = new DroolsObjectInputStream(new ByteArrayInputStream(packages), loader)) {
            List<KiePackage> read = new ArrayList<>();
            for (Object o : (Collection<?>) objects.readObject()) {
                read.add((KiePackage) o);
            }
            return read;
        }
    }

    /** Marks a file as just used, for {@link #prune}; a folder that cannot be written leaves it as it was. */
    static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // its time stays that of its writing: it goes sooner, and is compiled again if it is needed then
        }
    }

    /**
     * Deletes the files of compiled rules but the {@value #KEEP} used last ({@code kept} among them), and the
     * temporary files of writes that never finished. Another process reading a file deleted here compiles the rules
     * again, with a warning; nothing else is lost.
     */
    private void prune(Path kept) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().startsWith("rules-")).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        Instant now = Instant.now();
        List<Path> compiled = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".bin") && !f.equals(kept)) {
                compiled.add(f);
            } else if (name.endsWith(".tmp") && lastUsed(f).isBefore(now.minus(ABANDONED))) {
                delete(f);
            }
        }
        keepUsedLast(compiled, KEEP - 1, CompiledRulesCache::delete);
    }

    /** Deletes, with {@code delete}, all of {@code files} but the {@code keep} used last (by time of last change). */
    static void keepUsedLast(List<Path> files, int keep, Consumer<Path> delete) {
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(CompiledRulesCache::lastUsed).reversed());
        sorted.stream().skip(keep).forEach(delete);
    }

    /** When a file was last used ({@link #touch}) or written; long ago for one that is gone. */
    static Instant lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException | RuntimeException e) {
            return Instant.EPOCH; // gone already
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            // left for the next write
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
