package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} from the CLI jar serves the page from a copy of the packaged webapp in a temporary folder of its own,
 * which it deletes when it stops: Jetty no longer reads the jar as a file system for it.
 */
class PackagedWebappIT {
    @TempDir
    Path dir;

    private static List<Path> copies(Path tmp) throws Exception {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith("factcheck-webapp-")).toList();
        }
    }

    @Test
    void thePageComesFromACopyThatGoesWhenTheServerStops() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ServeProcess server = ServeProcess.start(dir.resolve("data"), "256m", List.of("-Djava.io.tmpdir=" + tmp));
        try {
            HttpResponse<String> page = server.send(server.request("/login.html").build());
            assertEquals(200, page.statusCode());
            assertEquals(Files.readString(TestSupport.projectDir().resolve("webapp/login.html")), page.body());
            HttpResponse<String> css = server.send(server.request("/app.css").build());
            assertEquals(200, css.statusCode());
            assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"), css.headers().toString());
            HttpResponse<String> descriptor = server.send(server.request("/WEB-INF/web.xml").build());
            assertTrue(descriptor.statusCode() != 200 && !descriptor.body().contains("<web-app"), descriptor::toString);
            assertEquals(1, copies(tmp).size(), () -> "one copy while it runs: " + tmp);
        } finally {
            server.process.destroy(); // SIGTERM: the server stops as Ctrl-C stops it
            assertTrue(server.process.waitFor(60, TimeUnit.SECONDS), server::log);
        }
        assertEquals(List.of(), copies(tmp), server::log);
    }
}
