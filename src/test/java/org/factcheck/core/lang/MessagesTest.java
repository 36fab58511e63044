package org.factcheck.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Typed message placeholders: values, plurals, selections and dates, in French and English. */
class MessagesTest {
    private static Messages messages(String language, String... keysAndTemplates) {
        Properties p = new Properties();
        for (int i = 0; i + 1 < keysAndTemplates.length; i += 2) {
            p.setProperty(keysAndTemplates[i], keysAndTemplates[i + 1]);
        }
        return new Messages(p, language);
    }

    @Test
    void datesWeekdaysAndMonthsAreWrittenByThePatternInTheLanguage() {
        LocalDate d = LocalDate.of(2026, 11, 26);
        Messages fr = messages("fr", "k", "le {d,date,EEEE d MMMM yyyy} ({w,date,EEEE}, {m,date,MMMM})");
        Messages en = messages("en", "k", "on {d,date,EEEE, MMMM d, yyyy} ({w,date,EEEE}, {m,date,MMMM})");
        Map<String, Object> args = Map.of("d", d, "w", DayOfWeek.MONDAY, "m", Month.FEBRUARY);
        assertEquals("le jeudi 26 novembre 2026 (lundi, février)", fr.format("k", args));
        assertEquals("on Thursday, November 26, 2026 (Monday, February)", en.format("k", args));
    }

    @Test
    void aDatePlaceholderWithoutADateOrWithABadPatternIsLeftAsWritten() {
        Messages fr = messages("fr", "k", "{d,date,d MMMM} {w,date,yyyy}");
        assertEquals("{d,date,d MMMM} {w,date,yyyy}", fr.format("k", Map.of("d", "hier", "w", DayOfWeek.MONDAY)));
        assertEquals("{d,date,d MMMM} {w,date,yyyy}", fr.format("k", Map.of()));
    }

    @Test
    void pluralsFollowTheLanguage() {
        Messages fr = messages("fr", "k", "{n,plural,one{# jour}other{# jours}}");
        Messages en = messages("en", "k", "{n,plural,one{# day}other{# days}}");
        assertEquals("0 jour", fr.format("k", Map.of("n", 0)));
        assertEquals("1 jour", fr.format("k", Map.of("n", 1)));
        assertEquals("3 jours", fr.format("k", Map.of("n", 3)));
        assertEquals("0 days", en.format("k", Map.of("n", 0)));
        assertEquals("1 day", en.format("k", Map.of("n", 1)));
        assertEquals("3 days", en.format("k", Map.of("n", 3)));
        assertEquals("1,5 jour", fr.format("k", Map.of("n", 1.5)));
    }

    @Test
    void selectsTakeTheBranchOfTheValueElseOther() {
        Messages fr = messages("fr", "k", "{s,select,UP{hausse}DOWN{baisse}other{variation}} de {v}");
        Messages en = messages("en", "k", "{s,select,UP{rise}other{change}} of {v}");
        assertEquals("hausse de 1,25", fr.format("k", Map.of("s", "UP", "v", 1.25)));
        assertEquals("variation de 2", fr.format("k", Map.of("s", "FLAT", "v", 2.0)));
        assertEquals("rise of 1.25", en.format("k", Map.of("s", "UP", "v", 1.25)));
        assertEquals("change of 2", en.format("k", Map.of("s", "DOWN", "v", 2)));
    }

    @Test
    void aMissingTemplateIsItsKeyAndAMissingValueIsLeftAsWritten() {
        Messages en = messages("en", "k", "{a} and {b}");
        assertEquals("nothing.here", en.format("nothing.here", Map.of()));
        assertEquals("x and {b}", en.format("k", Map.of("a", "x")));
    }
}
