package org.factcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table prints figures as score.py does: its layout, its rounding, its quoting. */
class EvalTableTest {
    @TempDir
    Path dir;

    @Test
    void percentagesRoundTheExactValueHalfToEven() {
        assertEquals("  0.2%", EvalTable.pct(1, 400), "0.25 is exact: half to even");
        assertEquals(" 51.5%", EvalTable.pct(34, 66));
        assertEquals("100.0%", EvalTable.pct(5, 5));
        assertEquals("    -", EvalTable.pct(0, 0));
        assertEquals("0.12", EvalTable.decimals(0.125, 2));
        assertEquals("0.00", EvalTable.decimals(0.0, 2));
    }

    @Test
    void textsAreQuotedAsPythonReprQuotesThem() {
        assertEquals("'Nadine Perret'", EvalTable.quote("Nadine Perret"));
        assertEquals("\"436 millions d'euros\"", EvalTable.quote("436 millions d'euros"));
        assertEquals("'it\\'s \"x\"'", EvalTable.quote("it's \"x\""));
        assertEquals("'24\\xa0%'", EvalTable.quote("24\u00a0%"));
        assertEquals("'a\\u202fb\\nc\\\\d'", EvalTable.quote("a\u202fb\nc\\d"));
        assertEquals("'« Nous »'", EvalTable.quote("« Nous »"));
    }

    @Test
    void printsTheTableAndWithVerboseEachMissAndFalseAlarm() throws Exception {
        EvalResult r = new Evaluator(TestSupport.checker()).evaluate(EvalDrafts.write(dir));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EvalTable.print(r, true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String words = String.valueOf(r.controlWords());
        assertEquals("""
                category   planted  found  recall              fr              en
                TITLE            0      0       -     0/0        -     0/0        -
                NUMBER           1      0    0.0%     0/0        -     0/1     0.0%
                NAME             0      0       -     0/0        -     0/0        -
                DATE             0      0       -     0/0        -     0/0        -
                QUOTE            1      1  100.0%     1/1   100.0%     0/0        -
                SPELLING         0      0       -     0/0        -     0/0        -
                DUPLICATE        1      1  100.0%     0/0        -     1/1   100.0%
                overall          3      2   66.7%

                recall    66.7% (2/3 planted errors found)
                precision 66.7% (2/3 error/warning findings match a planted error; 1 false positives)
                controls  0 false positives in WORDS words (1 files): 0.00 per 1,000 words

                MISSES
                  drafts/bus.txt: NUMBER 'three new bus lanes' -- The plan had four; nothing in the draft says so.

                FALSE POSITIVES
                  drafts/ecole.txt: SPELLING spelling.variant (warning) 'Etats-Unis' @START-END: MESSAGE
                """.replace("WORDS", words)
                .replace("START", String.valueOf(r.files().get(2).falsePositives().get(0).start()))
                .replace("END", String.valueOf(r.files().get(2).falsePositives().get(0).end()))
                .replace("MESSAGE", r.files().get(2).falsePositives().get(0).message()),
                bytes.toString(StandardCharsets.UTF_8));
    }
}
