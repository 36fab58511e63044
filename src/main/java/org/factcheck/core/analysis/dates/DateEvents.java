package org.factcheck.core.analysis.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.DateEvent;
import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * What stands right before a date: the name of the event it dates ("le sommet du G20 (15 novembre)", "the Web
 * Summit on Nov. 11"), or the mention it is written beside ("il y a deux jours, le 3 novembre", "hier (3
 * novembre)"). Word lists: {@code event-articles}, {@code event-name-links}, {@code event-date-links},
 * {@code date-links}.
 */
final class DateEvents {
    private final DatePatterns p;
    private final Pattern articleBefore;
    private final Pattern eventBefore;
    private final Pattern beside;
    private final List<String> articles = new ArrayList<>();

    DateEvents(Lexicon lexicon, DatePatterns patterns) {
        this.p = patterns;
        lexicon.list("event-articles").forEach(a -> articles.add(TextFold.foldInPlace(a)));
        articleBefore = Pattern.compile("(?:^|[\\s(])(?:" + Patterns.alternation(lexicon.list("event-articles")) + ")\\s*$",
                Pattern.CASE_INSENSITIVE);
        String word = "\\p{Lu}[\\p{L}\\d'’-]*";
        eventBefore = Pattern.compile("(" + word + "(?:\\s+(?:(?:" + Patterns.alternation(lexicon.list("event-name-links"))
                + ")\\s+)?" + word + ")*)\\s*(?:\\(\\s*|,?\\s+(?:" + Patterns.alternation(lexicon.list("event-date-links"))
                + ")\\s+)$");
        String link = Patterns.alternation(lexicon.list("date-links"));
        beside = Pattern.compile("\\s*,\\s*(?:(?:" + link + ")\\s+)?|\\s*\\(\\s*|\\s+(?:" + link + ")\\s+|\\s*[-–—]\\s*");
    }

    /**
     * Named events written with their date: a capitalized name after an article, right before a date in parentheses
     * or after a link word. Weekday and month names are no events. "à Paris le 3 mai" names a place, "Paul Berger
     * le 3 mai" a person: no article before them.
     */
    List<DateEvent> events(String text, String folded, List<DateMention> dates) {
        List<DateEvent> out = new ArrayList<>();
        for (DateMention d : dates) {
            if (d.kind() != DateKind.DATE || d.date() == null) {
                continue;
            }
            int from = Math.max(0, d.span().start() - 80);
            Matcher m = eventBefore.matcher(text.substring(from, d.span().start()));
            if (m.find() && articleBefore.matcher(text.substring(from, from + m.start(1))).find()) {
                String key = folded.substring(from + m.start(1), from + m.end(1)).replaceAll("\\s+", " ");
                if (key.length() >= 3 && !p.weekdays.containsKey(key) && !p.months.containsKey(key) && !startsWithArticle(key)) {
                    out.add(new DateEvent(d.id(), key, Span.of(text, from + m.start(1), from + m.end(1))));
                }
            }
        }
        return out;
    }

    private boolean startsWithArticle(String key) {
        for (String a : articles) {
            if (key.startsWith(a + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code next} is written right beside {@code previous}, in one sentence, for one moment: after a comma,
     * a link word, an opening bracket or a dash.
     */
    boolean beside(String text, DateMention previous, DateMention next) {
        return previous.sentence() == next.sentence() && next.span().start() >= previous.span().end()
                && beside.matcher(text.substring(previous.span().end(), next.span().start())).matches();
    }
}
