package org.factcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.TestSupport;
import org.factcheck.core.CheckRequest;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportPerson;
import org.factcheck.core.report.ReportQuote;
import org.junit.jupiter.api.Test;

/**
 * The persons and the speakers of real articles of {@code ../shared/corpus/real}, labelled by hand
 * ({@code src/test/resources/labels/persons-<lang>.json}: file names, hashes and offsets only, since the articles'
 * licences allow testing, not redistribution), against what the checker's report lists. Prints, per language:
 * the persons' precision and recall, the share of speech quotations attributed and of attributions right, with each
 * false and missed person; holds each figure at its measured level. Skipped where {@code ../shared} is absent.
 *
 * <p>A reported person is a labelled one when one of its name mentions overlaps one of the labelled person's;
 * each is matched once. A labelled quotation is a reported one when their spans overlap. "Attributed": a speech
 * quotation whose speaker the text gives gets a speaker in the report. "Right": where the report names a person, it is
 * the labelled speaker; where the label gives a speaker that is not a named person, the report names none.
 */
class LabelledPersonsTest {
    /** Measured floors (percent, rounded down): raise them as the checker improves. */
    private static final double[] PERSON_PRECISION = {96, 97};
    private static final double[] PERSON_RECALL = {96, 95};
    private static final double[] ATTRIBUTED = {94, 93};
    private static final double[] RIGHT = {99, 96};
    private static final List<String> LANGUAGES = List.of("fr", "en");

    @Test
    void personsAndSpeakersOfLabelledRealArticles() throws Exception {
        Path shared = TestSupport.shared();
        Path real = shared == null ? null : shared.resolve("corpus/real");
        assumeTrue(real != null && Files.isDirectory(real), "skipped: ../shared/corpus/real is absent");
        StringBuilder out = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            String language = LANGUAGES.get(l);
            Score s = score(real, language, out);
            out.append(String.format("%s: %d articles; persons %d labelled, %d reported, %d matched: precision %.1f %%, "
                            + "recall %.1f %%; speech quotations %d, attributed %d (%.1f %%); attributions %d, right %d "
                            + "(%.1f %%)%n", language, s.articles, s.labelled, s.reported, s.matched, s.precision(),
                    s.recall(), s.speech, s.attributed, s.attributedShare(), s.judged, s.right, s.rightShare()));
            check(failures, language + " person precision", s.precision(), PERSON_PRECISION[l]);
            check(failures, language + " person recall", s.recall(), PERSON_RECALL[l]);
            check(failures, language + " quotations attributed", s.attributedShare(), ATTRIBUTED[l]);
            check(failures, language + " attributions right", s.rightShare(), RIGHT[l]);
        }
        System.out.print(out);
        assertEquals(List.of(), failures, out.toString());
    }

    private static void check(List<String> failures, String what, double value, double floor) {
        if (value < floor) {
            failures.add(String.format("%s fell to %.1f %% (floor %.1f %%)", what, value, floor));
        }
    }

    /** One language's counts over its labelled articles. */
    private static final class Score {
        int articles;
        int labelled;
        int reported;
        int matched;
        int speech;
        int attributed;
        int judged;
        int right;

        double precision() {
            return reported == 0 ? 100 : 100.0 * matched / reported;
        }

        double recall() {
            return labelled == 0 ? 100 : 100.0 * matched / labelled;
        }

        double attributedShare() {
            return speech == 0 ? 100 : 100.0 * attributed / speech;
        }

        double rightShare() {
            return judged == 0 ? 100 : 100.0 * right / judged;
        }
    }

    private static Score score(Path real, String language, StringBuilder out) throws Exception {
        JsonNode labels;
        try (InputStream in = LabelledPersonsTest.class.getResourceAsStream("/labels/persons-" + language + ".json")) {
            assertTrue(in != null, "no labels for " + language);
            labels = new ObjectMapper().readTree(in);
        }
        Score s = new Score();
        for (JsonNode article : labels.get("articles")) {
            Path file = real.resolve(article.get("file").asText());
            byte[] bytes = Files.readAllBytes(file);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(article.get("sha256").asText(), hash, file + " is not the file that was labelled");
            String text = new String(bytes, StandardCharsets.UTF_8);
            Report report = TestSupport.checker().check(new CheckRequest(file.getFileName().toString(), bytes,
                    language, null));
            s.articles++;
            scoreArticle(article, text, report, s, out);
        }
        return s;
    }

    private static void scoreArticle(JsonNode article, String text, Report report, Score s, StringBuilder out) {
        String file = article.get("file").asText();
        List<List<int[]>> labelled = new ArrayList<>();
        for (JsonNode p : article.get("persons")) {
            List<int[]> mentions = new ArrayList<>();
            p.get("mentions").forEach(m -> mentions.add(span(text, m)));
            labelled.add(mentions);
        }
        List<ReportPerson> reported = report.persons();
        // Which labelled person each reported one is (-1: none), each labelled person matched once.
        int[] labelOf = new int[reported.size()];
        boolean[] taken = new boolean[labelled.size()];
        for (int r = 0; r < reported.size(); r++) {
            labelOf[r] = -1;
            for (int p = 0; p < labelled.size() && labelOf[r] < 0; p++) {
                if (!taken[p] && overlaps(names(reported.get(r)), labelled.get(p))) {
                    labelOf[r] = p;
                    taken[p] = true;
                }
            }
            if (labelOf[r] < 0) {
                ReportPerson.Mention m = reported.get(r).mentions().get(0);
                out.append(String.format("  not a person: %s %d %s%n", file, m.start(), reported.get(r).name()));
            }
        }
        for (int p = 0; p < labelled.size(); p++) {
            if (!taken[p]) {
                int[] m = labelled.get(p).get(0);
                out.append(String.format("  missed: %s %d %s%n", file, m[0], text.substring(m[0], m[1])));
            }
        }
        s.labelled += labelled.size();
        s.reported += reported.size();
        for (int l : labelOf) {
            s.matched += l >= 0 ? 1 : 0;
        }
        for (JsonNode q : article.get("quotations")) {
            int speaker = q.get("speaker").asInt();
            if (speaker == -2) {
                continue; // the text gives no speaker
            }
            int[] span = span(text, q.get("span"));
            ReportQuote found = report.quotes().stream()
                    .filter(rq -> rq.start() < span[1] && span[0] < rq.end()).findFirst().orElse(null);
            s.speech++;
            if (found == null || found.speaker() == null) {
                out.append(String.format("  unattributed: %s %d%n", file, span[0]));
                continue;
            }
            s.attributed++;
            String person = found.speaker().person();
            int said = person == null ? -1 : labelOf[Integer.parseInt(person.substring(1)) - 1];
            if (person == null && speaker >= 0) {
                continue; // a speaker without a person: attributed, but not judged right or wrong
            }
            s.judged++;
            if (said == speaker) {
                s.right++;
            } else {
                out.append(String.format("  wrong speaker: %s %d %s%n", file, span[0],
                        found.speaker().text() == null ? found.speaker().name() : found.speaker().text()));
            }
        }
    }

    /** A labelled span (code-point offsets) as offsets of the Java string. */
    private static int[] span(String text, JsonNode pair) {
        return new int[] {text.offsetByCodePoints(0, pair.get(0).asInt()), text.offsetByCodePoints(0, pair.get(1).asInt())};
    }

    private static List<int[]> names(ReportPerson p) {
        return p.mentions().stream().filter(m -> !m.kind().equals("role")).map(m -> new int[] {m.start(), m.end()})
                .toList();
    }

    private static boolean overlaps(List<int[]> a, List<int[]> b) {
        for (int[] x : a) {
            for (int[] y : b) {
                if (x[0] < y[1] && y[0] < x[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}
