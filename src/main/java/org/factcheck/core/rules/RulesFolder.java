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
 */
public record RulesFolder(Path root, String description) {
    /** System property naming the rules folder. */
    public static final String PROPERTY = "factcheck.rules";
    /** Environment variable naming the rules folder. */
    public static final String ENVIRONMENT = "FACTCHECK_RULES";
    /** Class-path location of the packaged copy. */
    static final String PACKAGED = "factcheck-rules";

    @Override
    public String toString() {
        return description;
    }

    public static RulesFolder of(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("rules folder " + directory + " is not a directory");
        }
        return new RulesFolder(directory.toAbsolutePath().normalize(), directory.toString());
    }

    /**
     * The folder chosen by, in order: {@code explicit} (a CLI option or a servlet context parameter), the system
     * property {@value #PROPERTY}, the environment variable {@value #ENVIRONMENT}, else the packaged copy.
     */
    public static RulesFolder resolve(String explicit) {
        for (String candidate : new String[] {explicit, System.getProperty(PROPERTY), System.getenv(ENVIRONMENT)}) {
            if (candidate != null && !candidate.isBlank()) {
                return of(Paths.get(candidate.trim()));
            }
        }
        return packaged();
    }

    /** The rules packaged on the class path, whether in a directory (tests, exploded WAR) or a jar. */
    public static RulesFolder packaged() {
        URL url = RulesFolder.class.getClassLoader().getResource(PACKAGED);
        if (url == null) {
            throw new IllegalStateException("no packaged rules on the class path (" + PACKAGED + ")");
        }
        try {
            URI uri = url.toURI();
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
