package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged webapp, copied out of a jar for Jetty to serve without reading the jar as a file system. */
class PackagedWebappTest {
    @TempDir
    Path dir;

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void theWebappsFilesAreCopiedBesideJettysDefaultsAndDeletedAfter() throws Exception {
        Path jar = jar(Map.of("factcheck-webapp/WEB-INF/web.xml", "<web-app/>", "factcheck-webapp/app.css", "body {}",
                "factcheck-webapp/i18n/fr.json", "{}", "org/example/Other.class", "not the webapp's"));
        Path unpacked;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            unpacked = PackagedWebapp.unpack(loader);
        }
        try {
            assertEquals(List.of("WEB-INF/web.xml", "app.css", "i18n/fr.json"), files(PackagedWebapp.webapp(unpacked)));
            assertEquals("body {}", Files.readString(PackagedWebapp.webapp(unpacked).resolve("app.css")));
            assertTrue(Files.readString(PackagedWebapp.defaults(unpacked)).contains("<web-app"),
                    "Jetty's default descriptor, copied from its jar");
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(unpacked), "the user's only");
        } finally {
            PackagedWebapp.delete(unpacked);
        }
        assertFalse(Files.exists(unpacked));
    }

    @Test
    void anEntryThatWouldLandOutsideItsFolderIsRefused() throws Exception {
        Path jar = jar(Map.of("factcheck-webapp/WEB-INF/web.xml", "<web-app/>", "factcheck-webapp/../../escaped.txt", "x"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            IOException e = assertThrows(IOException.class, () -> PackagedWebapp.unpack(loader));
            assertTrue(e.getMessage().contains("outside its folder"), e.getMessage());
        }
        assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "escaped.txt")));
    }

    @Test
    void aClassPathWithoutTheWebappSaysSo() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar(Map.of("a.txt", "a")).toUri().toURL()}, null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> PackagedWebapp.unpack(loader));
            assertTrue(e.getMessage().contains("factcheck-webapp"), e.getMessage());
        }
    }
}
