package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * False alarms on real published copy ({@code ../shared/corpus/real/}, when present): warnings and errors per
 * 10,000 words, per category, must stay at or under the target. Findings judged to be real inconsistencies of the
 * published text ({@code corpus/judged-true.tsv}) are not false alarms, and must go on being found. Prints what it
 * found, for the notes.
 */
class CorpusPrecisionTest {
    /** Categories with rules so far, and their target: at most this many warnings or errors per 10,000 words. */
    private static final Map<String, Double> TARGETS = Map.of("DUPLICATE", 1.0, "SPELLING", 1.0, "QUOTE", 1.0, "NAME", 1.0, "TITLE", 1.0, "DATE", 1.0, "NUMBER", 1.0);

    /** The findings of {@code judged-true.tsv} for one set, as {@code file\trule\tstart}. */
    private static Set<String> judgedTrue(String set) throws IOException {
        Set<String> out = new HashSet<>();
        try (InputStream in = CorpusPrecisionTest.class.getResourceAsStream("/corpus/judged-true.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] c = line.split("\t");
                if (!line.startsWith("#") && c.length >= 4 && c[0].equals(set)) {
                    out.add(c[1] + "\t" + c[2] + "\t" + c[3]);
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void falseAlarmsStayUnderTarget(String set) throws Exception {
        Path shared = TestSupport.shared();
        Path folder = shared == null ? null : shared.resolve("corpus/real").resolve(set);
        assumeTrue(folder != null && Files.isDirectory(folder), "skipped: ../shared/corpus/real/" + set + " is absent");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Set<String> judgedTrue = judgedTrue(set);
        Map<String, LocalDate> published = publicationDates(folder.getParent().resolve("MANIFEST.tsv"), set);
        Set<String> stillFound = new HashSet<>();
        long words = 0;
        Map<String, Integer> perCategory = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            // The publication date where the manifest knows it; else the draft's own (dateline) or today's.
            Report r = TestSupport.checker().check(new CheckRequest(f.getFileName().toString(), Files.readAllBytes(f),
                    null, published.get(f.getFileName().toString())));
            words += r.document().words();
            for (ReportFinding x : r.findings()) {
                if (!x.severity().equals("info")) {
                    String key = f.getFileName() + "\t" + x.rule() + "\t" + x.start();
                    boolean real = judgedTrue.contains(key);
                    if (real) {
                        stillFound.add(key);
                    } else {
                        perCategory.merge(x.category(), 1, Integer::sum);
                    }
                    lines.add((real ? "  true  " : "  FALSE ") + key.replace('\t', ' ') + " " + x.text().replace('\n', ' '));
                }
            }
        }
        Set<String> lost = new HashSet<>(judgedTrue);
        lost.removeAll(stillFound);
        assertTrue(lost.isEmpty(), "real inconsistencies no longer found: " + lost);
        StringBuilder s = new StringBuilder(String.format("%s: %d files, %d words; false alarms (warning or error):%n",
                set, files.size(), words));
        for (Map.Entry<String, Integer> e : perCategory.entrySet()) {
            s.append(String.format("  %-10s %3d  %.2f per 10,000 words%n", e.getKey(), e.getValue(), e.getValue() * 1e4 / words));
        }
        lines.forEach(l -> s.append(l).append('\n'));
        System.out.print(s);
        List<String> over = new ArrayList<>();
        for (String category : Set.copyOf(TARGETS.keySet())) {
            double rate = perCategory.getOrDefault(category, 0) * 1e4 / words;
            if (rate > TARGETS.get(category)) {
                over.add(String.format("%s %.2f > %.1f", category, rate, TARGETS.get(category)));
            }
        }
        assertTrue(over.isEmpty(), "over target: " + over + "\n" + s);
    }

    /** File name to publication date, from the corpus manifest (columns: set, file, …, date, …); empty without one. */
    private static Map<String, LocalDate> publicationDates(Path manifest, String set) throws IOException {
        Map<String, LocalDate> out = new java.util.HashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return out;
        }
        List<String> rows = Files.readAllLines(manifest);
        List<String> header = List.of(rows.get(0).split("\t", -1));
        int fileCol = header.indexOf("file");
        int dateCol = header.indexOf("date");
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            if (c.length > Math.max(fileCol, dateCol) && c[0].equals(set) && c[dateCol].matches("\\d{4}-\\d{2}-\\d{2}")) {
                out.put(c[fileCol], LocalDate.parse(c[dateCol]));
            }
        }
        return out;
    }
}
