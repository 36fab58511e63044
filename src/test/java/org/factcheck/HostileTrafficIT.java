package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.factcheck.core.extract.Drafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile drafts in the middle of ordinary traffic: {@code serve} (the built jar, its own process, a 512 MB heap)
 * takes eight clients submitting ordinary drafts and a health probe, while a zip bomb, 15,000 nested guillemets,
 * 3,300 identical paragraphs and 100,000 quotation marks are sent. Every ordinary request and every health probe
 * succeeds, each hostile draft is answered (refused with a 4xx, or checked with a capped report) in under 10 s, and
 * the server's resident memory stays under 1 GB.
 */
class HostileTrafficIT {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    @Test
    void ordinaryTrafficGoesOnWhileHostileDraftsAreAnswered() throws Exception {
        Path data = TestSupport.dataFolder(dir);
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("bomb.docx", Drafts.docxBomb("<w:p><w:r><w:t>Le conseil a voté le budget.</w:t></w:r></w:p>",
                3_000_000));
        hostile.put("nested.html", ("<html><body><p>" + "« a ".repeat(15_000) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        hostile.put("repeated.txt", "Le conseil municipal a voté le budget lundi soir.\n\n".repeat(3_300)
                .getBytes(StandardCharsets.UTF_8));
        hostile.put("marks.txt", "\"".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        try (ServeProcess server = ServeProcess.start(data, "512m")) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger ok = new AtomicInteger();
            List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(9);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        try {
                            HttpResponse<String> r = server.send(server.request("/api/checks?language=fr&date=2025-11-25")
                                    .header("Content-Type", "text/plain; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofString("Le maire n°" + client + "-" + n
                                            + " a présenté le budget mardi.\n\n« Il est équilibré, a-t-il dit.\n")).build());
                            if (r.statusCode() == 201) {
                                ok.incrementAndGet();
                            } else {
                                failed.add(r.statusCode() + " " + r.body());
                            }
                        } catch (Exception e) {
                            failed.add(String.valueOf(e));
                        }
                    }
                }));
            }
            java.util.concurrent.atomic.AtomicLong peakWithChildren = new java.util.concurrent.atomic.AtomicLong();
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    try {
                        peakWithChildren.accumulateAndGet(server.residentKbWithChildren(), Math::max);
                        int s = server.send(server.request("/health").build()).statusCode();
                        if (s != 200) {
                            failed.add("health " + s);
                        }
                        Thread.sleep(200);
                    } catch (Exception e) {
                        failed.add("health " + e);
                    }
                }
            }));
            Thread.sleep(2000);
            for (Map.Entry<String, byte[]> h : hostile.entrySet()) {
                String type = h.getKey().endsWith(".docx") ? DOCX : h.getKey().endsWith(".html") ? "text/html" : "text/plain";
                long start = System.nanoTime();
                HttpResponse<String> r = server.send(server.request("/api/checks?filename=" + h.getKey())
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(h.getValue())).build());
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("HostileTrafficIT: %s answered %d in %d ms%n", h.getKey(), r.statusCode(), ms);
                assertEquals(422, r.statusCode(), h.getKey() + ": " + r.body());
                assertTrue(ms < 10_000, h.getKey() + " took " + ms + " ms");
                assertTrue(r.body().length() < 5_000_000, h.getKey() + ": an answer of " + r.body().length());
            }
            Thread.sleep(2000);
            stop.set(true);
            pool.shutdown();
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            long peakKb = server.peakResidentKb();
            System.out.printf("HostileTrafficIT: %d ordinary checks, %d failed; server peak RSS %d MB, with its parsers"
                    + " %d MB%n", ok.get(), failed.size(), peakKb / 1024, peakWithChildren.get() / 1024);
            assertEquals(List.of(), failed.subList(0, Math.min(5, failed.size())), "ordinary requests failed");
            assertTrue(ok.get() > 0);
            assertTrue(peakKb < 1024 * 1024, "peak RSS " + peakKb / 1024 + " MB");
            assertTrue(peakWithChildren.get() < 1536 * 1024, "peak RSS with the parsers " + peakWithChildren.get() / 1024
                    + " MB");
        }
    }
}
