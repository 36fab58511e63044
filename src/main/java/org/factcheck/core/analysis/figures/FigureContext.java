package org.factcheck.core.analysis.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.FigureRole;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.lang.PatternTemplates;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * What a sentence says around its figures: its marks of time, forecast and source ("l'an dernier", "2024",
 * "prévu", "selon l'Insee"), which set two levels of one quantity apart, and the stretches that state two figures
 * at once: before/after pairs ("de 20 % à 10 %", "from 3.9% to 4.3%", "to 4.3% from 3.9%") and ranges ("entre 16 et
 * 17 %", "56% to 60%"), whose figures are never levels.
 *
 * <p>Word lists, from {@code rules/<language>/}: {@code figure-contexts}, {@code months}, {@code weekdays},
 * {@code relative-dates} (the forms that name a day, week, month or year), and the pairs, ranges and articles of
 * {@code figure-patterns}.
 */
final class FigureContext {
    /** A stretch of a sentence that states two figures: {@code role} is before-after or range. */
    record Pair(int start, int end, FigureRole role) {
    }

    private static final String W = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";
    private static final String WORD = "[\\p{L}][\\p{L}'’-]*";

    private final GatedPattern marks;
    private final Pattern mark;
    private final Set<String> sources = new HashSet<>();
    private final GatedPattern beforeAfter;
    private final GatedPattern range;

    /**
     * @param patterns the language's pieces of the figure patterns
     * @param pieces   what the templates of {@code patterns} refer to: a number, a percent sign
     */
    FigureContext(Lexicon lexicon, PatternTemplates patterns, Map<String, String> pieces) {
        List<String> words = new ArrayList<>();
        lexicon.heads("figure-contexts").forEach((w, kind) -> {
            words.add(w);
            if ("source".equals(kind)) {
                sources.add(TextFold.fold(w).replace('’', '\''));
            }
        });
        lexicon.heads("relative-dates").forEach((w, meaning) -> {
            if (meaning.matches("(day|week|month|year|yearend|weekday):.*")) {
                words.add(w);
            }
        });
        words.addAll(lexicon.heads("months").keySet());
        words.addAll(lexicon.heads("weekdays").keySet());
        String alternation = "(" + Patterns.alternation(words) + "|(?:1[89]|20)\\d\\d)";
        marks = GatedPattern.compile(W + alternation + E + "(?:\\s+(?:" + patterns.alternation("@source-article") + "\\s+|"
                + patterns.alternation("@source-elision") + "\\s*)?(" + WORD + "))?", Pattern.CASE_INSENSITIVE);
        mark = Pattern.compile(alternation, Pattern.CASE_INSENSITIVE);
        beforeAfter = GatedPattern.of(patterns.compile("@before-after", pieces));
        range = GatedPattern.of(patterns.compile("@range", pieces));
    }

    /**
     * The sentence's marks of time, forecast and source, folded, sorted and joined by "|" ("2024|devrait"); a
     * source word keeps the word after it ("selon insee"). Empty when it has none.
     */
    String marks(String sentence) {
        Set<String> found = new TreeSet<>();
        Matcher m = marks.matcher(sentence);
        while (m.find()) {
            String word = TextFold.fold(m.group(1)).replace('’', '\'');
            found.add(sources.contains(word) && m.group(2) != null ? word + " " + TextFold.fold(m.group(2)) : word);
        }
        return String.join("|", found);
    }

    /** Whether {@code word} is itself a mark (a month, a year, "trimestre"): then it narrows no quantity. */
    boolean isMark(String word) {
        return mark.matcher(word).matches();
    }

    /** The stretches of {@code sentence} that state two figures, before/after pairs first; they never overlap. */
    List<Pair> pairs(String sentence) {
        List<Pair> out = new ArrayList<>();
        Matcher m = beforeAfter.matcher(sentence);
        while (m.find()) {
            out.add(new Pair(m.start(), m.end(), FigureRole.BEFORE_AFTER));
        }
        m = range.matcher(sentence);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (out.stream().noneMatch(p -> s < p.end() && p.start() < e)) {
                out.add(new Pair(s, e, FigureRole.RANGE));
            }
        }
        return out;
    }
}
