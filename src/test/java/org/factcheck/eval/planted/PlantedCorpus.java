package org.factcheck.eval.planted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Errors planted in copies of real published articles ({@code corpus/real/fr} and {@code en} of the shared folder),
 * one error per copy, to measure recall on real copy. Each planter looks for places by plain text heuristics of its
 * own; an article where a kind finds no place is skipped for that kind. At most {@link #CAP} copies per category and
 * language are kept, taken in turn from the category's kinds in a seeded random order, so that no category swamps
 * the others. The copies and {@code truth.json} (the format of the shared development set) go to a folder under
 * {@code target}: the articles' licences allow testing, not redistribution.
 */
public final class PlantedCorpus {
    public static final long SEED = 20251125L;
    /** The reference date of an article the manifest gives no date. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 11, 25);
    /** The most copies kept per category and language. */
    public static final int CAP = 30;
    public static final List<String> CATEGORIES = List.of("NAME", "TITLE", "DATE", "NUMBER", "QUOTE", "DUPLICATE", "SPELLING");
    public static final List<String> LANGUAGES = List.of("fr", "en");

    /** A copy of an article with one planted error; {@code file} is relative to the output folder. */
    public record Copy(String file, Article original, Plant plant) {
        public String text() {
            return plant.apply(original.text());
        }
    }

    private final Path real;

    /** @param real the folder holding {@code fr/}, {@code en/} and {@code MANIFEST.tsv} */
    public PlantedCorpus(Path real) {
        this.real = real;
    }

    /** Every planter, in a fixed order. */
    static List<Planter> planters() {
        return List.of(new NamePlanter(NamePlanter.Part.SURNAME), new NamePlanter(NamePlanter.Part.GIVEN),
                new TitlePlanter(), new WeekdayPlanter(), new HolidayPlanter(), new SharesPlanter(), new RatioPlanter(),
                new UnopenedQuotePlanter(), new SpeakerPlanter(), new DuplicatePlanter(),
                new SpellingPlanter(SpellingPlanter.Change.ACCENT), new SpellingPlanter(SpellingPlanter.Change.HYPHEN));
    }

    /** The articles, French then English, each set in file name order. */
    public List<Article> articles() throws IOException {
        Map<String, LocalDate> dates = publicationDates(real.resolve("MANIFEST.tsv"));
        List<Article> out = new ArrayList<>();
        for (String language : LANGUAGES) {
            List<Path> files;
            try (Stream<Path> list = Files.list(real.resolve(language))) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                out.add(new Article(name, language, Files.readString(f, StandardCharsets.UTF_8),
                        dates.getOrDefault(language + "/" + name, DEFAULT_DATE)));
            }
        }
        return out;
    }

    /** Chooses the plants without writing anything. */
    public PlantedSummary plan() throws IOException {
        List<Article> articles = articles();
        Map<String, List<Copy>> found = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (Planter planter : planters()) {
            for (Article a : articles) {
                Random random = new Random(SEED + 31L * (a.language() + "/" + a.name() + "/" + planter.kind()).hashCode());
                Optional<Plant> plant = planter.plant(a, random);
                if (plant.isPresent()) {
                    String file = "drafts/" + a.stem() + "-" + planter.kind() + ".txt";
                    found.computeIfAbsent(a.language() + "/" + planter.kind(), k -> new ArrayList<>())
                            .add(new Copy(file, a, plant.get()));
                } else {
                    skipped.merge(a.language() + "/" + planter.kind(), 1, Integer::sum);
                }
            }
        }
        Random random = new Random(SEED);
        List<Copy> kept = new ArrayList<>();
        Map<String, Integer> unused = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            for (String category : CATEGORIES) {
                List<List<Copy>> queues = new ArrayList<>();
                List<List<Copy>> fillers = new ArrayList<>();
                for (Planter p : planters()) {
                    List<Copy> q = new ArrayList<>(found.getOrDefault(language + "/" + p.kind(), List.of()));
                    Collections.shuffle(q, random);
                    if (p.category().equals(category)) {
                        (p.filler() ? fillers : queues).add(q);
                    }
                }
                List<Copy> taken = takeInTurn(queues, CAP);
                taken.addAll(takeInTurn(fillers, CAP - taken.size()));
                kept.addAll(taken);
                queues.addAll(fillers);
                for (List<Copy> q : queues) {
                    q.forEach(c -> unused.merge(language + "/" + c.plant().kind(), 1, Integer::sum));
                }
            }
        }
        kept.sort(Comparator.comparing(Copy::file));
        return new PlantedSummary(kept, skipped, unused, articles.size());
    }

    /** Takes from the queues in turn, up to {@code cap} in all; what is taken leaves its queue. */
    private static List<Copy> takeInTurn(List<List<Copy>> queues, int cap) {
        List<Copy> out = new ArrayList<>();
        boolean any = true;
        while (out.size() < cap && any) {
            any = false;
            for (List<Copy> q : queues) {
                if (!q.isEmpty() && out.size() < cap) {
                    out.add(q.remove(0));
                    any = true;
                }
            }
        }
        return out;
    }

    /** Plans, then writes {@code out/drafts/*.txt} (replacing any earlier copies) and {@code out/truth.json}. */
    public PlantedSummary generate(Path out) throws IOException {
        PlantedSummary summary = plan();
        Path drafts = out.resolve("drafts");
        Files.createDirectories(drafts);
        try (Stream<Path> old = Files.list(drafts)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.delete(p);
            }
        }
        List<Map<String, Object>> truth = new ArrayList<>();
        for (Copy c : summary.copies()) {
            Files.writeString(out.resolve(c.file()), c.text(), StandardCharsets.UTF_8);
            Map<String, Object> planted = new LinkedHashMap<>();
            planted.put("category", c.plant().category());
            planted.put("text", c.plant().text());
            planted.put("note", c.plant().note());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", c.file());
            entry.put("language", c.original().language());
            entry.put("referenceDate", c.original().referenceDate().toString());
            entry.put("planted", List.of(planted));
            truth.add(entry);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("truth.json").toFile(), truth);
        return summary;
    }

    /** {@code set/file} to publication date, from the manifest's {@code set}, {@code file} and {@code date} columns. */
    private static Map<String, LocalDate> publicationDates(Path manifest) throws IOException {
        Map<String, LocalDate> out = new HashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return out;
        }
        List<String> rows = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split("\t", -1));
        int set = header.indexOf("set");
        int file = header.indexOf("file");
        int date = header.indexOf("date");
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            if (c.length > Math.max(file, date) && c[date].matches("\\d{4}-\\d{2}-\\d{2}")) {
                out.put(c[set] + "/" + c[file], LocalDate.parse(c[date]));
            }
        }
        return out;
    }
}
