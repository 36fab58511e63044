package org.factcheck.core.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.lang.PatternTemplates;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.Possessives;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;
import org.factcheck.core.text.Tokenizer;

/**
 * Finds the quantity a figure measures in its sentence: a rate of {@code quantities.txt}, or a rate the language's
 * generic pattern names ("taux de X", "X rates"), with its article and the qualifier right after it ("en France",
 * "sur l'acier"). A quantity is never taken from across a clause break.
 *
 * <p>Word lists, from {@code rules/<language>/}: {@code quantities}, {@code quantity-qualifiers},
 * {@code clause-breaks}, {@code function-words}, {@code elisions}, {@code approximations}, and the articles and
 * templates of {@code figure-patterns}.
 */
final class QuantityHeads {
    /** A quantity found in a sentence: where it stands, its key, and the qualifier right after it. */
    record Head(int start, int end, String written, String key, String qualifier) {
    }

    static final Pattern PUNCTUATION = Pattern.compile("[,;()\\[\\]«»\"“”!?–—]|\\d");
    private static final Pattern PERCENTAGE = Pattern.compile("\\d+(?:[.,]\\d+)?\\s?%");
    private static final Pattern FINAL_APOSTROPHE = Pattern.compile("['’]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_OR_APOSTROPHE = Pattern.compile("[\\s']");
    private static final String W = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";

    private final Pattern heads;
    private final Map<String, String> keys = new HashMap<>();
    private final Set<String> function = new HashSet<>();
    private final Set<String> clauseBreaks = new HashSet<>();
    private final Possessives possessives;
    private final Set<String> approximationWords = new HashSet<>();
    private final Set<String> notQuantityEndings;
    private final Pattern plural;
    private final Pattern qualifier;
    private final Pattern article;
    private final Pattern articleBefore;
    private final Pattern articleAfter;
    private final ChangeWords changes;
    private final FigureContext marks;
    private final Tokenizer tokenizer;

    QuantityHeads(Lexicon lexicon, PatternTemplates patterns, ChangeWords changes, FigureContext marks) {
        this.changes = changes;
        this.marks = marks;
        this.tokenizer = new Tokenizer(lexicon);
        function.addAll(lexicon.folded("function-words"));
        lexicon.list("elisions").forEach(w -> function.add(TextFold.fold(w) + "'"));
        clauseBreaks.addAll(lexicon.folded("clause-breaks"));
        possessives = new Possessives(lexicon);
        lexicon.list("approximations").forEach(w -> approximationWords.addAll(List.of(TextFold.fold(w).split("\\s+"))));
        lexicon.heads("quantities").forEach((form, key) -> keys.put(TextFold.fold(form), TextFold.fold(key)));
        lexicon.list("quantities").forEach(form -> keys.putIfAbsent(TextFold.fold(form), TextFold.fold(form)));
        Map<String, String> pieces = Map.of("WORD", FigureReader.WORD);
        heads = Pattern.compile(W + "(" + Patterns.alternation(lexicon.list("quantities")) + "|"
                + patterns.template("@generic-quantity", pieces) + ")" + E, Pattern.CASE_INSENSITIVE);
        notQuantityEndings = patterns.words("@generic-not-ending");
        plural = patterns.compile("@generic-plural", pieces);
        article = Pattern.compile("^\\s*" + patterns.alternation("@article") + "\\s*(?<![\\p{L}])|^\\s*",
                Pattern.CASE_INSENSITIVE);
        qualifier = Pattern.compile("^\\s+(?:" + Patterns.alternation(lexicon.list("quantity-qualifiers"))
                + ")\\s+(?:" + patterns.alternation("@source-article") + "\\s+|" + patterns.alternation("@source-elision")
                + "\\s*)?(" + FigureReader.WORD + ")", Pattern.CASE_INSENSITIVE);
        articleBefore = Pattern.compile(patterns.alternation("@article-before") + "\\s*$", Pattern.CASE_INSENSITIVE);
        articleAfter = patterns.compile("@article-after", pieces);
    }

    /** Whether {@code folded} is a function word or an elided one ("l'"). */
    boolean isFunctionWord(String folded) {
        return function.contains(folded);
    }

    /**
     * The nearest quantity before {@code pos} in its clause: at most eight words away, with no punctuation or digit
     * between; {@code withFigures} (the subject of a change), at most twelve words and figures allowed ("les droits de
     * douane de 20 % seront réduits de"), but no capitalized word other than the qualifier, and no possessive. Never
     * across a clause break ("et", "because").
     */
    Head headBefore(String sentence, int pos, boolean withFigures) {
        Head last = null;
        Matcher m = heads.matcher(sentence);
        m.region(Math.max(0, pos - 160), pos);
        while (m.find()) {
            Head h = head(sentence, m);
            if (h != null) {
                last = h;
            }
        }
        if (last == null) {
            return null;
        }
        String gap = sentence.substring(last.end(), pos);
        String inner = gap.strip().endsWith(":") ? gap.strip().substring(0, gap.strip().length() - 1) : gap;
        if (withFigures) {
            inner = PERCENTAGE.matcher(inner).replaceAll("");
        }
        List<int[]> words = words(gap);
        for (int[] w : words) {
            String word = gap.substring(w[0], w[1]);
            if (clauseBreaks.contains(FINAL_APOSTROPHE.matcher(TextFold.fold(word)).replaceFirst(""))) {
                return null;
            }
            // The subject of a change: no other name or possessor between ("growth figures showing Malaysia's economy").
            if (withFigures && (Character.isUpperCase(word.charAt(0)) && !TextFold.fold(word).equals(last.qualifier())
                    || possessive(word))) {
                return null;
            }
        }
        return PUNCTUATION.matcher(inner).find() || words.size() > (withFigures ? 12 : 8) ? null : last;
    }

    /** A quantity right at {@code from} (after an article), or null. */
    Head headAt(String sentence, int from, int to) {
        Matcher a = article.matcher(sentence);
        a.region(from, to);
        int start = a.lookingAt() ? a.end() : from;
        Matcher m = heads.matcher(sentence);
        m.region(start, to);
        return m.lookingAt() ? head(sentence, m) : null;
    }

    Head headAfter(String after) {
        Matcher m = articleAfter.matcher(after);
        if (!m.find()) {
            return null;
        }
        Matcher h = heads.matcher(after);
        h.region(m.end(), after.length());
        return h.lookingAt() ? head(after, h) : null;
    }

    private Head head(String sentence, Matcher m) {
        String found = m.group(1);
        String folded = SPACES.matcher(TextFold.fold(found)).replaceAll(" ").replace('’', '\'');
        String key = keys.get(folded);
        if (key == null) {
            String first = SPACE_OR_APOSTROPHE.split(folded)[0];
            if (function.contains(first) || notQuantityEndings.stream().anyMatch(first::endsWith)
                    || changes.direction(first) != null) {
                return null;
            }
            key = plural.matcher(folded).replaceFirst("");
        }
        int start = m.start(1);
        String before = sentence.substring(Math.max(0, start - 8), start);
        Matcher art = articleBefore.matcher(before);
        int writtenStart = art.find() && (art.start() == 0 || !Character.isLetter(before.charAt(art.start() - 1)))
                ? start - (before.length() - art.start()) : start;
        return new Head(start, m.end(1), sentence.substring(writtenStart, m.end(1)), key,
                qualifier(sentence.substring(m.end(1))));
    }

    /** The place, group or goods at the head of {@code text} ("en France", "sur l'acier"), folded; else empty. */
    String qualifier(String text) {
        Matcher q = qualifier.matcher(text);
        if (q.find()) {
            String w = TextFold.fold(q.group(1));
            if (!function.contains(w) && !approximationWords.contains(w) && changes.direction(w) == null
                    && !marks.isMark(q.group(1))) {
                return w;
            }
        }
        return "";
    }

    /** The words of {@code s} (and colons), as the annotation's tokeniser splits them, as {@code {start, end}}. */
    List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        for (Token t : tokenizer.tokenize(s, 0, s.length())) {
            if (t.kind() == Token.Kind.WORD || t.text().equals(":")) {
                out.add(new int[] {t.start(), t.end()});
            }
        }
        return out;
    }

    private boolean possessive(String word) {
        return possessives.endOf(TextFold.fold(word)) > 0;
    }
}
