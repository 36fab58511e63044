package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: {@code serve} (the built jar, in its own process) is killed with SIGKILL while four clients submit
 * drafts and review their findings; after a restart on the same data folder, every check and decision the server
 * acknowledged (201, 200) before the kill is there. Rounds: {@code -Dfactcheck.kill.rounds} (default 2).
 */
class KillRecoveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A check acknowledged by the server, with the decision acknowledged on its first finding (null for none). */
    private record Acknowledged(String id, String finding, String decision) {
    }

    @Test
    void everyAcknowledgedCheckAndDecisionSurvivesAKill() throws Exception {
        Path data = TestSupport.dataFolder(dir);
        int rounds = Integer.getInteger("factcheck.kill.rounds", 2);
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        for (int round = 0; round < rounds; round++) {
            try (ServeProcess server = ServeProcess.start(data, "512m")) {
                verify(server, acknowledged);
                int before = acknowledged.size();
                loadAndKill(server, acknowledged, round);
                assertTrue(acknowledged.size() > before, "the load was acknowledged");
            }
        }
        try (ServeProcess server = ServeProcess.start(data, "512m")) {
            verify(server, acknowledged);
            System.out.printf("KillRecoveryIT: %d rounds, %d acknowledged checks and %d decisions, all found after the"
                    + " kills%n", rounds, acknowledged.size(),
                    acknowledged.values().stream().filter(a -> a.decision() != null).count());
        }
    }

    /**
     * Four clients submit drafts and review their first finding; two seconds in, while they go on, the server is
     * killed with SIGKILL (no shutdown hook, no database close). What it acknowledged is recorded.
     */
    private void loadAndKill(ServeProcess server, Map<String, Acknowledged> acknowledged, int round) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    try {
                        String text = "Le maire de la ville n°" + round + "-" + client + "-" + n + " a parlé.\n\n"
                                + "« Le budget est voté, a-t-il dit lundi.\n";
                        HttpResponse<String> r = server.send(server.request("/api/checks")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text,
                                        "language", "fr", "date", "2025-11-25")))).build());
                        if (r.statusCode() != 201) {
                            continue;
                        }
                        JsonNode check = JSON.readTree(r.body());
                        String id = check.get("id").asText();
                        String finding = check.get("report").get("findings").get(0).get("id").asText();
                        acknowledged.put(id, new Acknowledged(id, finding, null));
                        String decision = n % 2 == 0 ? "accepted" : "dismissed";
                        HttpResponse<String> d = server.send(server.request("/api/checks/" + id + "/findings/" + finding
                                + "/review").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"" + decision + "\"}")).build());
                        if (d.statusCode() == 200) {
                            acknowledged.put(id, new Acknowledged(id, finding, decision));
                        }
                    } catch (IOException killed) {
                        // the server is gone: what it did not acknowledge need not be there
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        Thread.sleep(2000);
        server.kill();
        stop.set(true);
        clients.shutdown();
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
    }

    private void verify(ServeProcess server, Map<String, Acknowledged> acknowledged) throws Exception {
        for (Acknowledged a : acknowledged.values()) {
            HttpResponse<String> r = server.send(server.request("/api/checks/" + a.id()).build());
            assertEquals(200, r.statusCode(), "acknowledged check " + a.id() + " lost: " + r.body());
            if (a.decision() != null) {
                String got = null;
                for (JsonNode review : JSON.readTree(r.body()).get("reviews")) {
                    if (review.get("findingId").asText().equals(a.finding())) {
                        got = review.path("decision").asText(null);
                    }
                }
                assertEquals(a.decision(), got, "acknowledged decision on " + a.id() + " lost");
            }
        }
    }
}
