package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.factcheck.TestSupport;
import org.factcheck.cli.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that trickle: headers a byte at a time are cut off at the request head's deadline (2 s here), though each
 * byte resets the idle timeout; a body uploaded slowly but faster than the minimum rate, past that deadline, is
 * answered, since its request is under way.
 */
class SlowClientsTest {
    @TempDir
    Path temp;

    @Test
    void headersTrickledPastTheDeadlineAreCutOffButASlowBodyIsAnswered() throws Exception {
        Path data = TestSupport.dataFolder(temp);
        System.setProperty("factcheck.request-head-seconds", "2");
        try (EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, data, TestSupport.copyOfRules(temp.resolve("rules")),
                TestSupport.projectDir().resolve("webapp"), Map.of("factcheck.api-token", "slow-token",
                        "factcheck.parse-workers", "0"))) {
            long start = System.nanoTime();
            boolean cut = false;
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 40 && !cut; i++) { // 20 s of one header byte every 500 ms
                    Thread.sleep(500);
                    try {
                        out.write('X');
                        out.flush();
                    } catch (SocketException closed) {
                        cut = true;
                    }
                    if (!cut) {
                        s.setSoTimeout(1);
                        try {
                            cut = s.getInputStream().read() == -1;
                        } catch (java.net.SocketTimeoutException stillOpen) {
                            // open: go on trickling
                        } catch (SocketException closed) {
                            cut = true;
                        }
                    }
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(cut, "the trickling connection was never cut off");
            assertTrue(ms >= 1_500 && ms < 8_000, "cut off after " + ms + " ms");

            // a connection that waits between two requests is the idle timeout's (30 s), not the deadline's
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.setSoTimeout(10_000);
                java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                        StandardCharsets.US_ASCII));
                for (int i = 0; i < 2; i++) {
                    s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    String status = in.readLine();
                    assertTrue(status != null && status.startsWith("HTTP/1.1 200"), "request " + i + ": " + status);
                    int length = 0;
                    for (String h; !(h = in.readLine()).isEmpty(); ) {
                        if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(h.substring(15).strip());
                        }
                    }
                    in.skip(length);
                    Thread.sleep(i == 0 ? 5_000 : 0); // more than twice the deadline
                }
            }

            byte[] body = ("{\"text\": \"" + "Le conseil a voté le budget. ".repeat(300) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.setSoTimeout(30_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/checks HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer slow-token\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                int chunk = body.length / 8; // over about 4 s, some 2 KB a second: past the deadline, above the rate
                for (int i = 0; i < body.length; i += chunk) {
                    out.write(body, i, Math.min(chunk, body.length - i));
                    out.flush();
                    Thread.sleep(500);
                }
                InputStream in = s.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 201"), answer.lines().findFirst().orElse(answer));
            }
        } finally {
            System.clearProperty("factcheck.request-head-seconds");
        }
    }
}
