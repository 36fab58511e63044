package org.factcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.factcheck.core.JarFolders;

/**
 * The webapp's sources packaged in the CLI jar ({@link EmbeddedServer#PACKAGED_WEBAPP}), copied into a folder of
 * their own for Jetty to serve. Jetty would otherwise read them through a file system of the whole jar, one or more
 * per use (its 26,000 entries, about 5 MB of the heap each, for the life of the server), where the page's files are a
 * few dozen.
 */
final class PackagedWebapp {
    private static final String ROOT = EmbeddedServer.PACKAGED_WEBAPP + "/";

    private PackagedWebapp() {
    }

    /**
     * The packaged webapp in a new temporary folder, readable by the user only ({@link #webapp}), beside a copy of
     * Jetty's default descriptor ({@link #defaults}), which Jetty too would read through a file system of the jar;
     * {@link #delete} the folder when the server stops. On the class path as a folder (the build's classes, in
     * tests), a copy of it too.
     */
    static Path unpack() throws IOException {
        return unpack(PackagedWebapp.class.getClassLoader());
    }

    /** As {@link #unpack()}, from the class path of {@code loader}. */
    static Path unpack(ClassLoader loader) throws IOException {
        URL url = loader.getResource(ROOT + "WEB-INF/web.xml");
        if (url == null) {
            throw new IllegalStateException("the webapp is missing: no " + ROOT + " on the class path");
        }
        Path root = Files.createTempDirectory("factcheck-webapp-");
        try (InputStream defaults = loader.getResourceAsStream(WebAppContext.WEB_DEFAULTS_XML)) {
            if (defaults == null) {
                throw new IllegalStateException("Jetty's " + WebAppContext.WEB_DEFAULTS_XML + " is not on the class path");
            }
            Files.copy(defaults, defaults(root));
            Path folder = webapp(root);
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jarConnection) {
                jarConnection.setUseCaches(false);
                try (JarFile jar = jarConnection.getJarFile()) {
                    JarFolders.copy(jar, ROOT, folder);
                }
            } else {
                Path source = Path.of(url.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        Path target = folder.resolve(source.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
            return root;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            delete(root);
            throw e instanceof IOException io ? io : new IOException("cannot copy the packaged webapp: " + e, e);
        }
    }

    /** The webapp's folder in a folder {@link #unpack} made. */
    static Path webapp(Path unpacked) {
        return unpacked.resolve("webapp");
    }

    /** Jetty's default descriptor in a folder {@link #unpack} made. */
    static Path defaults(Path unpacked) {
        return unpacked.resolve("webdefault.xml");
    }

    /** Deletes a folder {@link #unpack} made; what cannot be deleted is left (in the temporary folder). */
    static void delete(Path folder) {
        JarFolders.delete(folder);
    }
}
