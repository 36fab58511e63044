package org.factcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on a truth file of three drafts written for the test (see {@link EvalDrafts}). */
class EvaluatorTest {
    @TempDir
    Path dir;

    private final Evaluator evaluator = new Evaluator(TestSupport.checker());

    @Test
    void scoresFoundMissedFalseAlarmsAndControls() throws Exception {
        List<String> progress = new ArrayList<>();
        EvalResult r = evaluator.evaluate(EvalDrafts.write(dir), progress::add);
        assertEquals(List.of("checked 1/3 drafts", "checked 2/3 drafts", "checked 3/3 drafts"), progress);

        assertEquals(3, r.planted());
        assertEquals(2, r.found(), "the repeated paragraph and the unclosed quotation");
        assertEquals(2.0 / 3, r.recall(), 1e-9);
        assertEquals(3, r.findings(), "the repeat, the unclosed quotation, the spelling variant");
        assertEquals(2, r.truePositives());
        assertEquals(1, r.falsePositives());
        assertEquals(2.0 / 3, r.precision(), 1e-9);
        assertEquals(1, r.controls());
        assertEquals(r.files().get(1).words(), r.controlWords());
        assertTrue(r.controlWords() > 40, "the control's words: " + r.controlWords());
        assertEquals(0, r.controlFalsePositives());
        assertEquals(0.0, r.controlFalsePositivesPer1000Words());
        assertEquals(List.of(), r.unreadable());
        assertEquals(List.of(), r.unlocatable());

        assertEquals(CategoryScore.CATEGORIES, r.categories().stream().map(CategoryScore::category).toList());
        assertEquals(new LanguageScore(1, 1), r.category("DUPLICATE").language("en"));
        assertEquals(new LanguageScore(0, 0), r.category("DUPLICATE").language("fr"));
        assertEquals(new LanguageScore(1, 0), r.category("NUMBER").language("en"));
        assertEquals(0.0, r.category("NUMBER").recall());
        assertEquals(new LanguageScore(1, 1), r.category("QUOTE").language("fr"));
        assertTrue(Double.isNaN(r.category("TITLE").recall()), "nothing planted: no recall");
        assertNull(r.category("WEATHER"));

        FileResult bus = r.files().get(0);
        assertEquals("drafts/bus.txt", bus.file());
        assertTrue(bus.planted().get(0).found());
        assertEquals(List.of("duplicate.paragraph"), bus.planted().get(0).by());
        assertFalse(bus.planted().get(1).found());
        assertTrue(bus.planted().get(1).locatable());
        assertTrue(r.files().get(1).control());
        FileResult ecole = r.files().get(2);
        assertEquals(List.of("quote.unclosed"), ecole.planted().get(0).by());
        assertEquals(1, ecole.falsePositives().size());
        FileResult.FalsePositive fp = ecole.falsePositives().get(0);
        assertEquals("spelling.variant", fp.rule());
        assertEquals("SPELLING", fp.category());
        assertEquals("warning", fp.severity());
        assertEquals("Etats-Unis", fp.text());
    }

    @Test
    void anAlarmOnAControlCountsPerThousandWords() throws Exception {
        Path truth = EvalDrafts.write(dir, """
                [{"file": "drafts/ecole.txt", "language": "fr", "referenceDate": "2025-03-04", "planted": []}]
                """);
        EvalResult r = evaluator.evaluate(truth);
        assertEquals(0, r.planted());
        assertTrue(Double.isNaN(r.recall()));
        assertEquals(2, r.controlFalsePositives(), "the spelling variant and the unclosed quotation");
        assertEquals(0.0, r.precision());
        assertEquals(2000.0 / r.controlWords(), r.controlFalsePositivesPer1000Words(), 1e-9);
    }

    @Test
    void anUnreadableDraftIsCountedNotThrown() throws Exception {
        Path truth = EvalDrafts.write(dir, """
                [{"file": "drafts/empty.txt", "language": "en", "referenceDate": "2025-03-04",
                  "planted": [{"category": "NAME", "text": "Mara Quinlan", "note": ""}]},
                 {"file": "drafts/bus.txt", "language": "en", "referenceDate": "2025-03-04", "planted": []}]
                """);
        Files.write(dir.resolve("drafts/empty.txt"), new byte[0]);
        EvalResult r = evaluator.evaluate(truth);
        FileResult empty = r.files().get(0);
        assertFalse(empty.readable());
        assertEquals("empty", empty.error().kind());
        assertEquals(List.of(empty), r.unreadable());
        assertEquals(List.of(new EvalResult.Unlocatable("drafts/empty.txt", "Mara Quinlan")), r.unlocatable());
        assertEquals(1, r.planted());
        assertEquals(0, r.found());
        assertTrue(r.files().get(1).readable(), "the next draft is still checked");
        assertEquals(1, r.controlFalsePositives(), "the repeated paragraph, on a draft planted with nothing");
    }

    @Test
    void aBadTruthFileStopsBeforeAnyDraftIsChecked() throws Exception {
        Path truth = EvalDrafts.write(dir, """
                [{"file": "drafts/bus.txt", "language": "en", "referenceDate": "2025-03-04", "planted": []},
                 {"file": "drafts/gone.txt", "language": "en", "referenceDate": "2025-03-04", "planted": []}]
                """);
        List<String> progress = new ArrayList<>();
        TruthFileException e = assertThrows(TruthFileException.class, () -> evaluator.evaluate(truth, progress::add));
        assertTrue(e.getMessage().contains("entry 2 (drafts/gone.txt): \"file\": no such draft"), e.getMessage());
        assertEquals(List.of(), progress);
    }
}
