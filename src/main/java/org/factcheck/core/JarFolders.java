package org.factcheck.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** A folder of a jar copied out to disk, and such a copy deleted: for what is read as files rather than in the jar. */
public final class JarFolders {
    private JarFolders() {
    }

    /**
     * Writes each file of {@code jar} whose name starts with {@code prefix} into {@code into}, at its name past the
     * prefix; how many. An entry whose name leads out of {@code into} ("../") is refused.
     */
    public static int copy(JarFile jar, String prefix, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        int files = 0;
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                continue;
            }
            Path target = root.resolve(entry.getName().substring(prefix.length())).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("an entry outside its folder: " + entry.getName());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, target);
            }
            files++;
        }
        return files;
    }

    /** Deletes a folder and what it holds; what cannot be deleted is left. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // left for whoever clears the folder
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the same
        }
    }
}
