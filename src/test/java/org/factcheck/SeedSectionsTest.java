package org.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportQuote;
import org.junit.jupiter.api.Test;

/**
 * The quotes and figures sections on the Trump-Xi seed draft ({@code ../shared/seeds/000_…}, when present): each
 * quotation, though its opening mark is lost, is attributed to the person who speaks it; the two tariffs are told
 * apart.
 */
class SeedSectionsTest {
    private static Report seed(String prefix, LocalDate date) throws Exception {
        Path shared = TestSupport.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("seeds")), "skipped: ../shared/seeds is absent");
        Path file;
        try (Stream<Path> s = Files.list(shared.resolve("seeds"))) {
            file = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        assumeTrue(file != null, "skipped: no seed " + prefix + "_… in ../shared/seeds");
        return TestSupport.checker().check(new CheckRequest(file.getFileName().toString(), Files.readAllBytes(file),
                null, date));
    }

    @Test
    void everySpeechOfTheTrumpXiDraftHasItsSpeaker() throws Exception {
        Report r = seed("000", LocalDate.of(2025, 11, 25));
        List<String> speakers = r.quotes().stream()
                .filter(q -> q.text().split("\\s+").length >= 6)
                .map(q -> q.speaker() == null ? "none"
                        : q.speaker().registerName() != null ? q.speaker().registerName() : q.speaker().name())
                .toList();
        assertEquals(List.of("Xi Jinping", "Xi Jinping", "Donald Trump", "Karoline Leavitt", "Xi Jinping"), speakers,
                "speakers of the quotations of six words or more, in order");
        for (ReportQuote q : r.quotes()) {
            if (q.speaker() != null && q.speaker().person() != null) {
                assertTrue(r.persons().stream().anyMatch(p -> p.id().equals(q.speaker().person())),
                        q.id() + " links to a person of the persons section");
            }
        }
        long unopened = r.quotes().stream().filter(q -> q.open() == null).count();
        assertEquals(4, unopened, "four quotations whose opening mark is missing, each still read from its paragraph");
    }

    @Test
    void theTwoTariffsAreALevelAndAChangeNotAContradiction() throws Exception {
        Report r = seed("000", LocalDate.of(2025, 11, 25));
        List<String> figures = r.figures().stream()
                .map(f -> f.text() + " " + f.role() + " " + f.quantityKey()).toList();
        assertEquals(List.of("100 % level droits de douane", "10 % change droits de douane"), figures);
        assertEquals(List.of(), r.findings().stream()
                .filter(f -> f.category().equals("NUMBER") && !f.severity().equals("info"))
                .map(f -> f.rule() + " " + f.text()).toList(), "no NUMBER warning or error");
    }
}
