package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * The deadline forgets a connection once it is closed, by whichever side: its client's address can no longer be read
 * from a closed socket, so a connection known only by that address stayed known for the life of the server, with its
 * buffers (about 100 KB each in a service after a day of load tests).
 */
class RequestHeadDeadlineTest {

    @Test
    void closedConnectionsAreForgotten() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        RequestHeadDeadline heads = new RequestHeadDeadline(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.write(true, java.nio.ByteBuffer.wrap("ok".getBytes(StandardCharsets.US_ASCII)), callback);
                return true;
            }
        }, 60_000);
        connector.addEventListener(heads);
        server.setHandler(heads);
        server.start();
        try {
            List<Socket> open = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket("127.0.0.1", connector.getLocalPort());
                s.setSoTimeout(10_000);
                String close = i % 3 == 0 ? "Connection: close\r\n" : ""; // the server closes a third of them
                s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: localhost\r\n" + close + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                String status = in.readLine();
                assertTrue(status != null && status.startsWith("HTTP/1.1 200"), "request " + i + ": " + status);
                open.add(s);
            }
            assertTrue(heads.known() >= 8, "the connections still open are known: " + heads.known());
            for (Socket s : open) {
                s.close(); // the client closes the rest
            }
            long until = System.nanoTime() + 10_000_000_000L;
            while (heads.known() > 0 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(0, heads.known(), "connections known after all were closed");
        } finally {
            server.stop();
        }
    }
}
