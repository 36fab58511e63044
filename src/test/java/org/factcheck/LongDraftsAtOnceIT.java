package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight clients submitting drafts of the longest text the service takes, at once, to {@code serve} with the heap the
 * README recommends (256 MB): each is checked and stored, since a long draft takes more of the room for checks at
 * once ({@code factcheck.checks-at-once}) and waits its turn; eight of them analysed at once filled that heap.
 */
class LongDraftsAtOnceIT {
    private static final String[] GIVEN = {"Claire", "Tomas", "Ines", "Malik", "Greta", "Hugo", "Nadia", "Oskar",
            "Priya", "Lucas", "Maren", "Idris", "Selma", "Viktor", "Aline", "Rafael"};
    private static final String[] FAMILY = {"Dupont", "Okafor", "Lindqvist", "Moreau", "Castellano", "Brennan",
            "Haddad", "Novak", "Fischer", "Almeida", "Kowalski", "Renard", "Tanaka", "Ferreira", "Larsen", "Quist"};

    /** The heap the README recommends for the service. */
    private static final String HEAP = System.getProperty("factcheck.it.heap", "256m");

    @TempDir
    java.nio.file.Path dir;

    /** A draft of about {@code chars} characters: paragraphs of persons, titles, figures, dates and quotations. */
    static String longDraft(int chars) {
        StringBuilder text = new StringBuilder("Council budget: the long night of the vote\n\n");
        for (int i = 0; text.length() < chars - 400; i++) {
            String person = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length + i) % FAMILY.length];
            text.append("In district ").append(i + 1).append(", councillor ").append(person)
                    .append(" said the works would cost ").append(2 + i % 17).append(".").append(i % 10)
                    .append(" million dollars, up ").append(3 + i % 9).append(" percent on ").append(2020 + i % 6)
                    .append(", after meeting ").append(i % 40 + 2).append(" residents on March ").append(1 + i % 28)
                    .append('.');
            if (i % 8 == 0) { // a quotation of its own now and then, as an article has
                text.append(" \"Section ").append(i).append(" of the plan reaches ").append(FAMILY[i % FAMILY.length])
                        .append(" Street first\", ").append(person.substring(person.indexOf(' ') + 1))
                        .append(" told reporters.");
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    @Test
    void eightLongDraftsAtOnceAreAllCheckedInTheRecommendedHeap() throws Exception {
        String draft = longDraft(195_000);
        assertTrue(draft.length() > 190_000 && draft.length() <= 200_000, "under the service's text limit");
        ServeProcess server = ServeProcess.start(dir.resolve("data"), HEAP, List.of("-XX:+UseSerialGC"));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(clients.submit(() -> {
                    HttpResponse<String> r = server.send(server.request("/api/checks?date=2025-11-25&language=en")
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .timeout(java.time.Duration.ofMinutes(3))
                            .POST(HttpRequest.BodyPublishers.ofString(draft, StandardCharsets.UTF_8)).build());
                    return r.statusCode();
                }));
            }
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> s : statuses) {
                got.add(s.get());
            }
            assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201), got,
                    server::log);
            assertTrue(server.process.isAlive());
            assertTrue(!server.log().contains("OutOfMemoryError"), server::log);
        } finally {
            clients.shutdownNow();
            server.close();
        }
    }
}
