package org.factcheck.core.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Where the DRL files and lexicons are read from: a folder on disk that a newsroom edits, or the copy of
 * {@code rules/} packaged in the WAR and the CLI jar.
 *
 * @param root        the folder
 * @param description a human-readable name of the folder, for messages
 * @param copiedFrom  for a copy of the packaged rules in a cache folder ({@link PackagedRulesCopy}), the jar they were
 *                    copied from (and {@code root}'s parent is that cache folder); else null
 */
public record RulesFolder(Path root, String description, Path copiedFrom) {
    /** System property naming the rules folder. */
    public static final String PROPERTY = "factcheck.rules";
    /** Environment variable naming the rules folder. */
    public static final String ENVIRONMENT = "FACTCHECK_RULES";
    /** Class-path location of the packaged copy. */
    static final String PACKAGED = "factcheck-rules";

    /** A folder read where it is. */
    public RulesFolder(Path root, String description) {
        this(root, description, null);
    }

    @Override
    public String toString() {
        return description;
    }

    /**
     * This folder as it is to be read now: for a copy of the packaged rules that is gone (a cache folder keeps the
     * copies of its last {@value PackagedRulesCopy#KEEP} builds of the jar, and a service may reload its rules weeks
     * after it started), the copy made again, or the rules in the jar where it cannot be; else this folder.
     */
    public RulesFolder again() {
        if (copiedFrom == null || Files.isDirectory(root)) {
            return this;
        }
        Path copy = PackagedRulesCopy.of(copiedFrom, PACKAGED, root.getParent());
        return copy != null ? new RulesFolder(copy, description, copiedFrom) : packaged(null);
    }

    public static RulesFolder of(Path directory) {
        return of(directory, directory.toString());
    }

    /**
     * The folder {@code directory}, named {@code shown} in messages: as its user wrote it, where it was read from
     * another working folder than this process's (the resident checker reads a client's relative path from the
     * client's folder).
     */
    public static RulesFolder of(Path directory, String shown) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("rules folder " + shown + " is not a directory");
        }
        return new RulesFolder(directory.toAbsolutePath().normalize(), shown);
    }

    /**
     * The folder chosen by, in order: {@code explicit} (a CLI option or a servlet context parameter), the system
     * property {@value #PROPERTY}, the environment variable {@value #ENVIRONMENT}, else the packaged copy.
     */
    public static RulesFolder resolve(String explicit) {
        return resolve(explicit, null);
    }

    /**
     * As {@link #resolve(String)}, the packaged rules read from a copy in {@code cache} when they are in a jar (see
     * {@link PackagedRulesCopy}; null, or a cache that cannot be written: from a copy of this process's own, in the
     * system's temporary folder and deleted at its exit; where even that cannot be written, in the jar, through a
     * file system of the whole jar, which indexes its 23,000 entries: about 90 ms at each start and 7 MB of heap for as
     * long as the process runs). A process that reads its rules again later (a service's reload) reads
     * {@link #again()}.
     */
    public static RulesFolder resolve(String explicit, Path cache) {
        for (String candidate : new String[] {explicit, System.getProperty(PROPERTY), System.getenv(ENVIRONMENT)}) {
            if (candidate != null && !candidate.isBlank()) {
                return of(Paths.get(candidate.trim()));
            }
        }
        return packaged(cache);
    }

    /** The rules packaged on the class path, whether in a directory (tests, exploded WAR) or a jar. */
    public static RulesFolder packaged() {
        return packaged(null);
    }

    private static RulesFolder packaged(Path cache) {
        URL url = RulesFolder.class.getClassLoader().getResource(PACKAGED);
        if (url == null) {
            throw new IllegalStateException("no packaged rules on the class path (" + PACKAGED + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                java.net.URLConnection c = url.openConnection();
                if (c instanceof java.net.JarURLConnection jar && "file".equals(jar.getJarFileURL().getProtocol())) {
                    Path jarFile = Paths.get(jar.getJarFileURL().toURI());
                    Path copy = PackagedRulesCopy.of(jarFile, PACKAGED, cache);
                    if (copy == null) {
                        copy = PackagedRulesCopy.forThisProcess(jarFile, PACKAGED);
                    }
                    if (copy != null) {
                        return new RulesFolder(copy, "packaged rules", jarFile);
                    }
                }
            }
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new RulesFolder(fs.getPath(PACKAGED), "packaged rules");
            }
            return new RulesFolder(Paths.get(uri), "packaged rules");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("packaged rules at an unusable address: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open packaged rules at " + url, e);
        }
    }
}
