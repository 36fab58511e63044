package org.factcheck.eval.planted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planted-errors generator on the real articles of {@code ../shared/corpus/real} (skipped without them): the same
 * copies and truth on every run, enough errors of every category in both languages, and each copy its original with
 * one edit, whose planted text is where the truth says.
 */
class PlantedCorpusTest {
    private static Path real;
    private static PlantedSummary summary;
    private static Path out;

    @BeforeAll
    static void generate() throws Exception {
        Path shared = TestSupport.shared();
        real = shared == null ? null : shared.resolve("corpus/real");
        assumeTrue(real != null && Files.isDirectory(real.resolve("fr")) && Files.isDirectory(real.resolve("en")),
                "skipped: ../shared/corpus/real is absent");
        out = TestSupport.projectDir().resolve("target/planted");
        summary = new PlantedCorpus(real).generate(out);
        System.out.print(summary.table());
    }

    @Test
    void generationIsDeterministic() throws Exception {
        Path again = TestSupport.projectDir().resolve("target/planted-again");
        PlantedSummary second = new PlantedCorpus(real).generate(again);
        assertArrayEquals(Files.readAllBytes(out.resolve("truth.json")), Files.readAllBytes(again.resolve("truth.json")));
        assertEquals(summary.copies().size(), second.copies().size());
        for (PlantedCorpus.Copy c : summary.copies()) {
            assertArrayEquals(Files.readAllBytes(out.resolve(c.file())), Files.readAllBytes(again.resolve(c.file())), c.file());
        }
    }

    @Test
    void everyCategoryInBothLanguages() {
        assertTrue(summary.copies().size() >= 300, "only " + summary.copies().size() + " planted errors");
        for (String language : PlantedCorpus.LANGUAGES) {
            for (String category : PlantedCorpus.CATEGORIES) {
                assertTrue(summary.planted(category, language) > 0, "no " + category + " planted in " + language);
            }
        }
        for (String category : PlantedCorpus.CATEGORIES) {
            assertTrue(summary.planted(category, null) >= 25, category + ": only " + summary.planted(category, null));
        }
    }

    @Test
    void truthHasTheSharedFormat() throws Exception {
        List<Map<String, Object>> truth = new ObjectMapper().readValue(out.resolve("truth.json").toFile(), new TypeReference<>() { });
        assertEquals(summary.copies().size(), truth.size());
        for (Map<String, Object> entry : truth) {
            assertEquals(List.of("file", "language", "referenceDate", "planted"), new ArrayList<>(entry.keySet()));
            assertTrue(((String) entry.get("file")).matches("drafts/[^/]+\\.txt"), entry.toString());
            assertTrue(PlantedCorpus.LANGUAGES.contains(entry.get("language")), entry.toString());
            assertTrue(((String) entry.get("referenceDate")).matches("\\d{4}-\\d{2}-\\d{2}"), entry.toString());
            List<?> planted = (List<?>) entry.get("planted");
            assertEquals(1, planted.size(), entry.toString());
            Map<?, ?> p = (Map<?, ?>) planted.get(0);
            assertEquals(List.of("category", "text", "note"), new ArrayList<>(p.keySet()));
            assertTrue(PlantedCorpus.CATEGORIES.contains(p.get("category")), entry.toString());
            assertTrue(!((String) p.get("text")).isBlank() && !((String) p.get("note")).isBlank(), entry.toString());
        }
    }

    /**
     * Each copy on disk is its original with exactly the plant's edit: what differs, found by comparing the two texts
     * from both ends, lies inside the edited region; the planted text occurs once in the copy and never in the original
     * (the error writes a new string), except a repeated sentence or quotation (twice in the copy, once in the
     * original) and a quotation that lost its opening mark (its words and closing mark are the original's); and one
     * occurrence overlaps the edit.
     */
    @Test
    void eachCopyDiffersFromItsOriginalByThePlantedEdit() throws Exception {
        List<String> problems = new ArrayList<>();
        for (PlantedCorpus.Copy c : summary.copies()) {
            String original = Files.readString(real.resolve(c.original().language()).resolve(c.original().name()), StandardCharsets.UTF_8);
            String copy = Files.readString(out.resolve(c.file()), StandardCharsets.UTF_8);
            Plant p = c.plant();
            int prefix = 0;
            while (prefix < original.length() && prefix < copy.length() && original.charAt(prefix) == copy.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < original.length() - prefix && suffix < copy.length() - prefix
                    && original.charAt(original.length() - 1 - suffix) == copy.charAt(copy.length() - 1 - suffix)) {
                suffix++;
            }
            Span edited = p.edited();
            int grown = p.replacement().length() - (p.end() - p.start());
            if (copy.length() - original.length() != grown || prefix < p.start() - p.replacement().length() - 1
                    || copy.length() - suffix > edited.end() + p.replacement().length() + 1 || copy.equals(original)) {
                problems.add(c.file() + ": the copy differs from its original outside the edit");
            }
            boolean repeated = p.kind().equals("duplicate-sentence") || p.kind().equals("quote-speakers");
            int inCopy = repeated ? 2 : 1;
            int inOriginal = repeated || p.kind().equals("quote-unopened") ? 1 : 0;
            if (Texts.count(copy, p.text()) != inCopy || Texts.count(original, p.text()) != inOriginal
                    || p.inCopy() != inCopy || p.inOriginal() != inOriginal) {
                problems.add(String.format("%s: %s occurs %d times in the copy, %d in the original", c.file(), p.text(),
                        Texts.count(copy, p.text()), Texts.count(original, p.text())));
            }
            if (!overlapsEdit(copy, p)) {
                problems.add(c.file() + ": no occurrence of " + p.text() + " overlaps the edit");
            }
            if (p.text().length() > Texts.MAX_PLANTED && p.inCopy() == 1) {
                problems.add(c.file() + ": planted text too long: " + p.text());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean overlapsEdit(String copy, Plant p) {
        Span e = p.edited();
        for (int at = copy.indexOf(p.text()); at >= 0; at = copy.indexOf(p.text(), at + 1)) {
            int end = at + p.text().length();
            if (at <= Math.max(e.start(), e.end() - 1) && e.start() <= end) {
                return true;
            }
        }
        return false;
    }
}
