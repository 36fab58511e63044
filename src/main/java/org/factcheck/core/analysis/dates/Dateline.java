package org.factcheck.core.analysis.dates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.DateMention;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Patterns;

/**
 * The date of a dateline at the head of a draft ("PARIS, 26 juin (AFP) -", "26 juin 2012. -", "WASHINGTON, Nov. 24
 * (Reuters) -"), read from the head of the annotated draft's folded text, to choose its reference date.
 */
final class Dateline {
    /** Reads the dates of a piece of text: text, folded text, start, end, sentence index, reference date. */
    interface Scanner {
        SentenceScan scan(String text, String folded, int start, int end, int sentence, LocalDate reference);
    }

    private static final int HEAD = 400;

    private final Pattern line;
    private final List<GatedPattern> dates;
    private final Scanner scanner;

    Dateline(Lexicon lexicon, DatePatterns p, Scanner scanner) {
        this.scanner = scanner;
        line = Pattern.compile("(?m)^(?:[\\p{L}' .-]{2,40},\\s*)?(?:(?:" + Patterns.alternation(lexicon.list("date-links"))
                + ")\\s+)?(.{4,40}?)(?:\\s*\\([^)]{1,30}\\))?\\s*[.,]?\\s*[-\u2013\u2014]");
        dates = p.monthDay == null ? List.of(p.dayMonth, p.iso, p.numeric) : List.of(p.dayMonth, p.monthDay, p.iso, p.numeric);
    }

    /** The dateline's date, its year nearest {@code today} when not written; null when the draft opens without one. */
    LocalDate find(AnnotatedText annotated, LocalDate today) {
        String folded = annotated.folded();
        String head = folded.substring(0, Math.min(folded.length(), HEAD));
        Matcher m = line.matcher(head);
        for (int tries = 0; m.find() && tries < 3; tries++) {
            String candidate = m.group(1);
            for (GatedPattern p : dates) {
                if (p.pattern().matcher(candidate).matches()) {
                    SentenceScan found = scanner.scan(candidate, candidate, 0, candidate.length(), 0, today);
                    DateMention first = found.found.stream().min(Comparator.comparingInt(d -> d.span().start())).orElse(null);
                    if (first != null && first.date() != null) {
                        return first.date();
                    }
                }
            }
        }
        return null;
    }
}
