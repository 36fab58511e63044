package org.factcheck.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;

/** Percentages and the figures that state their arithmetic, on sentences written for these tests. */
class FiguresTest {
    private static List<String> figures(String language, String text) {
        return Analyzer.analyze(text, TestSupport.rules().lexicon(language), List.of(), LocalDate.of(2025, 11, 25))
                .figures().stream()
                .map(f -> f.kind() + " " + f.span().text() + " = " + FigureExtractor.format(f.value(), "en")
                        + (f.quantity() != null ? " " + f.quantity() : ""))
                .toList();
    }

    @Test
    void frenchPercentagesInEveryWriting() {
        assertEquals(List.of("percent 10,5 % = 10.5", "percent dix pour cent = 10", "percent 45 % = 45 des voix",
                        "points 3 points de pourcentage = 3", "share 1 200 sur 4 000, soit 30 % = 30"),
                figures("fr", "Une hausse de 10,5 % puis de dix pour cent. Elle a eu 45 % des voix, soit 3 points de "
                        + "pourcentage de plus. Au total, 1 200 sur 4 000, soit 30 %, ont répondu."));
    }

    @Test
    void englishPercentagesAndChanges() {
        assertEquals(List.of("percent 10 percent = 10", "percent 7.5 per cent = 7.5", "change from 9% to 7.5%, a 1.5-point = 1.5",
                        "share 1,200 of 4,000, or 30% = 30"),
                figures("en", "Prices rose 10 percent, then 7.5 per cent. Unemployment fell from 9% to 7.5%, a 1.5-point "
                        + "drop. In all, 1,200 of 4,000, or 30%, replied."));
    }
}
