package org.factcheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class GatedPatternTest {
    private static final GatedPattern PERCENT = GatedPattern.compile("(\\d+(?:,\\d+)?)\\s?%");
    private static final GatedPattern MONTH = GatedPattern.compile("(\\d{1,2}) (janvier|mars)");

    private static List<String> found(GatedPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void findsWhatItsExpressionFinds() {
        assertEquals(List.of("12", "3,5"), found(PERCENT, "Le chômage passe de 12 % à 3,5% cette année."));
        assertEquals(List.of("4"), found(MONTH, "Le vote du 4 mars."));
        assertEquals(List.of(), found(PERCENT, "Le chômage baisse de 12 points."));
    }

    /**
     * A text without what a match needs gets the thread's one matcher that finds nothing, for every pattern and
     * every such text, allocated once: still nothing found however it was used before, and nested loops over two
     * such texts see nothing either.
     */
    @Test
    void aTextThatCannotMatchGetsTheThreadsOneMatcherThatFindsNothing() throws InterruptedException {
        Matcher a = PERCENT.matcher("Aucun chiffre ici.");
        Matcher b = MONTH.matcher("Ni mois ni jour.");
        assertSame(a, b);
        assertFalse(a.find());
        assertFalse(a.find());
        assertFalse(b.find());
        a.useTransparentBounds(true).useAnchoringBounds(false);
        assertFalse(PERCENT.matcher("Rien.").find());
        Matcher real = PERCENT.matcher("Une hausse de 5 %.");
        assertNotSame(a, real);
        assertTrue(real.find());
        AtomicReference<Matcher> other = new AtomicReference<>();
        Thread t = new Thread(() -> other.set(MONTH.matcher("Aucun mois.")));
        t.start();
        t.join();
        assertNotSame(a, other.get(), "each thread has its own");
        assertFalse(other.get().find());
    }
}
