package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.factcheck.core.report.ReportSpan;
import org.factcheck.core.rules.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture: {@code fixtures/<CATEGORY>/<case>/draft.<ext>} is checked and its findings must be exactly
 * those of {@code expected.json} beside it, no more and no fewer. See {@code fixtures/README.md} for the format.
 */
class FixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** expected.json. */
    record Expected(String description, String language, Boolean detect, String date, List<String> enable,
                    List<ExpectedFinding> findings) {
    }

    /** One expected finding; absent fields are not compared. */
    record ExpectedFinding(String rule, String text, Integer line, String severity, List<String> related,
                           String suggestion) {
    }

    record Fixture(String name, Path dir, Path draft, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Fixture> fixtures() throws IOException {
        Path root = TestSupport.projectDir().resolve("fixtures");
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path expected : (Iterable<Path>) walk.filter(p -> p.getFileName().toString().equals("expected.json"))
                    .sorted()::iterator) {
                Path dir = expected.getParent();
                List<Path> drafts;
                try (Stream<Path> files = Files.list(dir)) {
                    drafts = files.filter(p -> p.getFileName().toString().startsWith("draft.")).toList();
                }
                if (drafts.size() != 1) {
                    throw new IllegalStateException(dir + ": expected exactly one draft.* file, found " + drafts);
                }
                out.add(new Fixture(root.relativize(dir).toString(), dir, drafts.get(0),
                        JSON.readValue(expected.toFile(), Expected.class)));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(Fixture fixture) throws Exception {
        Expected e = fixture.expected();
        assertTrue(e.language() != null, "expected.json must give the draft's language");
        boolean detect = e.detect() == null || e.detect();
        Report report = TestSupport.checker().check(new CheckRequest(fixture.draft().getFileName().toString(),
                Files.readAllBytes(fixture.draft()), detect ? null : e.language(),
                e.date() != null ? LocalDate.parse(e.date()) : LocalDate.of(2025, 11, 25),
                e.enable() == null ? Set.of() : Set.copyOf(e.enable())));
        assertEquals(e.language(), report.document().language(), "language of " + fixture.name());

        List<ExpectedFinding> missing = new ArrayList<>(e.findings() == null ? List.of() : e.findings());
        List<String> unexpected = new ArrayList<>();
        int[] lineStarts = lineStarts(report.text());
        for (ReportFinding f : report.findings()) {
            int line = line(lineStarts, f.start());
            ExpectedFinding match = missing.stream().filter(x -> matches(x, f, line)).findFirst().orElse(null);
            if (match != null) {
                missing.remove(match);
            } else {
                unexpected.add(describe(f, line));
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder s = new StringBuilder(fixture.name()).append(":");
            missing.forEach(m -> s.append("\n  missing:    ").append(m));
            unexpected.forEach(u -> s.append("\n  unexpected: ").append(u));
            fail(s.toString());
        }
    }

    private static boolean matches(ExpectedFinding x, ReportFinding f, int line) {
        return x.rule().equals(f.rule())
                && (x.text() == null || x.text().equals(f.text()))
                && (x.line() == null || x.line() == line)
                && (x.severity() == null || x.severity().equals(f.severity()))
                && (x.suggestion() == null || x.suggestion().equals(f.suggestion()))
                && (x.related() == null || x.related().equals(f.related().stream().map(ReportSpan::text).toList()));
    }

    private static String describe(ReportFinding f, int line) {
        return "{\"rule\": \"" + f.rule() + "\", \"line\": " + line + ", \"text\": " + quote(f.text())
                + ", \"severity\": \"" + f.severity() + "\", \"related\": "
                + f.related().stream().map(r -> quote(r.text())).toList()
                + (f.suggestion() != null ? ", \"suggestion\": " + quote(f.suggestion()) : "") + "}  -- " + f.message();
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            return s;
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            cp++;
            if (c == '\n') {
                starts.add(cp);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int line(int[] starts, int offset) {
        int l = 0;
        while (l + 1 < starts.length && starts[l + 1] <= offset) {
            l++;
        }
        return l + 1;
    }

    /**
     * Every finding rule has, in each language, a fixture that expects it and a fixture of its category that does
     * not; and at least one of its fixtures is an HTML or Word draft, so extraction is covered.
     */
    @Test
    void everyRuleHasPositiveAndNegativeFixturesInEachLanguage() throws IOException {
        List<Fixture> all = fixtures();
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : TestSupport.rules().rules().values()) {
            Map<String, Set<String>> seen = new HashMap<>();
            boolean structured = false;
            for (Fixture f : all) {
                boolean positive = f.expected().findings() != null
                        && f.expected().findings().stream().anyMatch(x -> x.rule().equals(rule.id()));
                boolean sameCategory = f.name().startsWith(rule.category().name() + "/")
                        || f.name().startsWith(rule.category().name() + "\\");
                if (positive) {
                    seen.computeIfAbsent("positive", k -> new HashSet<>()).add(f.expected().language());
                    String n = f.draft().getFileName().toString();
                    structured |= n.endsWith(".html") || n.endsWith(".docx");
                } else if (sameCategory) {
                    seen.computeIfAbsent("negative", k -> new HashSet<>()).add(f.expected().language());
                }
            }
            for (String kind : List.of("positive", "negative")) {
                for (String lang : new TreeSet<>(TestSupport.rules().languages())) {
                    if (!seen.getOrDefault(kind, Set.of()).contains(lang)) {
                        problems.add(rule.id() + ": no " + kind + " fixture in " + lang);
                    }
                }
            }
            if (!structured) {
                problems.add(rule.id() + ": no .html or .docx fixture expects it");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void fixtureFoldersAreNamedForCategories() throws IOException {
        for (Fixture f : fixtures()) {
            String category = f.name().split("[/\\\\]")[0];
            assertTrue(Stream.of(org.factcheck.core.facts.Category.values()).map(Enum::name)
                    .anyMatch(category::equals), f.name() + ": folder is not a category");
            assertTrue(Objects.requireNonNullElse(f.expected().findings(), List.<ExpectedFinding>of()).stream()
                    .allMatch(x -> TestSupport.rules().rules().containsKey(x.rule())), f.name() + ": unknown rule id");
        }
    }
}
