package org.factcheck.core.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.ChangeDirection;
import org.factcheck.core.facts.FigureRole;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.lang.PatternTemplates;
import org.factcheck.core.text.TextEnd;
import org.factcheck.core.text.TextFold;

/**
 * Reads what a percentage of one sentence measures and how the sentence states it: the quantity (a rate of
 * {@code quantities.txt}, or the whole a share is taken from), what narrows it (a place, group or goods), its role,
 * the change word that states it, and whether it is approximate. A figure never takes its quantity from another
 * sentence, nor across a clause break.
 *
 * <p>Roles, tried in this order: {@code before-after} and {@code range} (the figure lies in a pair of
 * {@link FigureContext#pairs}: "passé de 20 % à 10 %", "entre 16 et 17 %"); {@code change} (a change word before
 * "de"/"by": "réduit de 10 %", "en hausse de 3 %", "fell by 3%", "rose 3%", "cut tariffs by 10%"; a sign: "+3 %"; a
 * change noun after it: "a 10% increase"); {@code level} (a quantity before it with a link: "le taux de chômage à
 * 7,4 %", "des droits de douane de 25 %", "inflation of 2.9%", "rose to 4.3%"; or right after it: "a 10% tariff",
 * "5,5 % de TVA"); {@code share} (a whole after it: "45 % des voix", "a third of voters"). Otherwise none.
 *
 * <p>The quantity itself is found by {@link QuantityHeads}, the change words by {@link ChangeWords}. Word lists,
 * from {@code rules/<language>/}: {@code approximations}, and the links and templates of {@code figure-patterns}
 * ("de"/"by" after a change word, "à"/"to" before a level, the whole of a share).
 */
final class FigureReader {
    /** How one figure is read; see {@link org.factcheck.core.facts.Figure} for the fields. */
    record Reading(String quantity, String quantityKey, String qualifier, FigureRole role, String verb, ChangeDirection direction,
                   boolean approximate) {
        static final Reading NONE = new Reading(null, null, "", null, null, null, false);

        Reading approximate(boolean a) {
            return new Reading(quantity, quantityKey, qualifier, role, verb, direction, a);
        }
    }

    /** A word, with inner apostrophes and hyphens. */
    static final String WORD = "[\\p{L}][\\p{L}'’-]*";

    private final ChangeWords changes;
    private final QuantityHeads quantities;
    private final TextEnd.Phrases approximation;
    private final Pattern changeNounAfter;
    private final Pattern levelLinkAfter;
    private final Pattern shareWhole;
    private final Pattern determiner;
    private final Set<String> changeLinks;
    private final Set<String> farChangeLinks;
    private final Set<String> levelLinks;
    private final Set<String> reachLinks;

    FigureReader(Lexicon lexicon, PatternTemplates patterns, FigureContext marks) {
        changes = new ChangeWords(lexicon);
        quantities = new QuantityHeads(lexicon, patterns, changes, marks);
        approximation = approximationBefore(lexicon);
        Map<String, String> pieces = Map.of("WORD", WORD);
        changeNounAfter = patterns.compile("@change-noun-after", pieces, 0);
        levelLinkAfter = patterns.compile("@level-link-after", pieces, 0);
        shareWhole = patterns.compile("@share-whole", pieces);
        determiner = Pattern.compile("^" + patterns.alternation("@share-whole-determiner") + "\\s+");
        changeLinks = patterns.words("@change-link");
        farChangeLinks = patterns.words("@change-link-far");
        levelLinks = patterns.words("@level-link");
        reachLinks = patterns.words("@reach-link");
    }

    /** A word of the approximations list at the end of a text: what makes the figure after it approximate. */
    static TextEnd.Phrases approximationBefore(Lexicon lexicon) {
        return TextEnd.phrases(lexicon.list("approximations"));
    }

    /**
     * How the figure at {@code start..end} of {@code sentence} is read.
     *
     * @param pairs the sentence's before/after pairs and ranges ({@link FigureContext#pairs})
     */
    Reading read(String sentence, int start, int end, List<FigureContext.Pair> pairs) {
        String before = sentence.substring(0, start);
        Matcher approx = approximation.find(before);
        boolean approximate = approx != null;
        int b = approximate ? approx.start() : start;
        String after = sentence.substring(end);
        for (FigureContext.Pair p : pairs) {
            if (p.start() <= start && end <= p.end()) {
                return pair(sentence, p.start(), p.role()).approximate(approximate);
            }
        }
        Reading r = changeBefore(sentence, b, after);
        if (r == null) {
            r = changeAfter(sentence, b, after);
        }
        if (r == null) {
            r = levelBefore(sentence, b, end);
        }
        if (r == null) {
            r = levelAfter(sentence, end);
        }
        if (r == null) {
            r = share(sentence, end);
        }
        return (r == null ? Reading.NONE : r).approximate(approximate);
    }

    /** A figure of a pair: its quantity is the one before the pair; its verb the change word just before it. */
    private Reading pair(String sentence, int pairStart, FigureRole role) {
        String before = sentence.substring(0, pairStart).stripTrailing();
        String last = lastWord(before);
        ChangeDirection direction = last == null ? null : changes.direction(last);
        QuantityHeads.Head h = quantities.headBefore(sentence, pairStart, false);
        return new Reading(h == null ? null : h.written(), h == null ? null : h.key(), h == null ? "" : h.qualifier(),
                role, direction == null ? null : last, direction, false);
    }

    /** "réduit de 10 %", "en hausse de 3 %", "fell by 3%", "rose 3%", "cut tariffs on steel by 10%", "+3 %". */
    private Reading changeBefore(String sentence, int b, String after) {
        String before = sentence.substring(0, b).stripTrailing();
        if (before.endsWith("+") || before.endsWith("-") || before.endsWith("−")) {
            String sign = before.substring(before.length() - 1);
            QuantityHeads.Head h = quantities.headBefore(sentence, b - 1, false);
            return change(h, quantities.headAfter(after), sign, "+".equals(sign) ? ChangeDirection.UP : ChangeDirection.DOWN);
        }
        String rest = before;
        String link = lastWord(rest);
        boolean by = false;
        if (link != null && changeLinks.contains(lower(link))) {
            rest = rest.substring(0, rest.length() - link.length()).stripTrailing();
            by = true;
        }
        String verb = lastWord(rest);
        ChangeDirection direction = verb == null ? null : changes.direction(verb);
        if (direction != null) {
            int verbStart = rest.length() - verb.length();
            return change(quantities.headBefore(sentence, verbStart, true), quantities.headAfter(after), verb, direction);
        }
        if (by && farChangeLinks.contains(lower(link))) {
            // "cut tariffs on steel by 10%": the change word a few words before "by", the quantity between.
            List<int[]> words = quantities.words(rest);
            for (int i = words.size() - 1; i >= Math.max(0, words.size() - 6); i--) {
                String w = rest.substring(words.get(i)[0], words.get(i)[1]);
                ChangeDirection d = changes.direction(w);
                if (d != null) {
                    String between = rest.substring(words.get(i)[1]);
                    if (QuantityHeads.PUNCTUATION.matcher(between).find()) {
                        return null;
                    }
                    QuantityHeads.Head h = quantities.headAt(sentence, words.get(i)[1], rest.length());
                    return change(h != null ? h : quantities.headBefore(sentence, words.get(i)[0], true), null, w, d);
                }
            }
        }
        return null;
    }

    /** "a 10% increase in tariffs", "10 % de hausse". */
    private Reading changeAfter(String sentence, int b, String after) {
        Matcher m = changeNounAfter.matcher(after);
        if (!m.find()) {
            return null;
        }
        ChangeDirection direction = changes.direction(m.group(1));
        if (direction == null) {
            return null;
        }
        return change(quantities.headBefore(sentence, b, true), quantities.headAfter(after.substring(m.end())), m.group(1), direction);
    }

    private Reading change(QuantityHeads.Head before, QuantityHeads.Head after, String verb, ChangeDirection direction) {
        QuantityHeads.Head h = after != null ? after : before;
        return new Reading(h == null ? null : h.written(), h == null ? null : h.key(), h == null ? "" : h.qualifier(),
                FigureRole.CHANGE, verb, direction, false);
    }

    /** "le taux de chômage à 7,4 %", "des droits de douane de 25 %", "inflation of 2.9%", "rose to 4.3%". */
    private Reading levelBefore(String sentence, int b, int end) {
        QuantityHeads.Head h = quantities.headBefore(sentence, b, false);
        if (h == null) {
            return null;
        }
        String gap = sentence.substring(h.end(), b);
        List<int[]> words = quantities.words(gap);
        if (words.isEmpty()) {
            return null;
        }
        int[] lastWord = words.get(words.size() - 1);
        String link = lower(gap.substring(lastWord[0], lastWord[1]));
        if (!levelLinks.contains(link)) {
            return null;
        }
        String verb = null;
        ChangeDirection direction = null;
        for (int[] w : words) {
            ChangeDirection d = changes.direction(gap.substring(w[0], w[1]));
            if (d != null) {
                verb = gap.substring(w[0], w[1]);
                direction = d;
            }
        }
        if (verb != null && !reachLinks.contains(link)) {
            return null;
        }
        return new Reading(h.written(), h.key(), qualified(h, sentence, end), FigureRole.LEVEL, verb, direction, false);
    }

    /** The head's qualifier, else one right after the figure ("des droits de douane de 25 % sur l'acier"). */
    private String qualified(QuantityHeads.Head h, String sentence, int end) {
        return h.qualifier().isEmpty() ? quantities.qualifier(sentence.substring(end)) : h.qualifier();
    }

    /** "a 10% tariff on steel", "25 per cent tariffs", "5,5 % de TVA". */
    private Reading levelAfter(String sentence, int end) {
        String after = sentence.substring(end);
        Matcher m = levelLinkAfter.matcher(after);
        if (!m.find()) {
            return null;
        }
        QuantityHeads.Head h = quantities.headAt(sentence, end + m.end(), sentence.length());
        if (h == null || h.start() != end + m.end()) {
            return null;
        }
        return new Reading(h.written(), h.key(), h.qualifier(), FigureRole.LEVEL, null, null, false);
    }

    /** "45 % des voix", "36 % des Français", "a third of voters": the whole, one word after its article. */
    private Reading share(String sentence, int end) {
        String after = sentence.substring(end);
        Matcher m = shareWhole.matcher(after);
        if (!m.find()) {
            return null;
        }
        String whole = m.group(2);
        List<int[]> words = quantities.words(whole);
        if (words.isEmpty() || quantities.isFunctionWord(TextFold.fold(whole.substring(words.get(0)[0], words.get(0)[1])))
                && !determiner.matcher(TextFold.fold(whole)).find()) {
            return null;
        }
        String written = after.substring(m.start(1), m.start(2)) + whole;
        String key = determiner.matcher(TextFold.fold(whole)).replaceFirst("");
        return new Reading(written.strip(), key, "", FigureRole.SHARE, null, null, false);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The word that ends {@code s}, white space after it aside (letters, apostrophes and hyphens), or null. */
    static String lastWord(String s) {
        int end = TextEnd.end(s);
        int start = TextEnd.wordStart(s, end, true);
        return start == end ? null : s.substring(start, end);
    }
}
