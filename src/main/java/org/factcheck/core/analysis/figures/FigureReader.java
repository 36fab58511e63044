package org.factcheck.core.analysis.figures;

import org.factcheck.core.text.Patterns;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.facts.ChangeDirection;
import org.factcheck.core.facts.FigureRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * <p>Word lists, from {@code rules/<language>/}: {@code quantities}, {@code change-verbs}, {@code approximations},
 * {@code quantity-qualifiers}, {@code clause-breaks}, {@code function-words}, {@code elisions}.
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

    /** A quantity found in a sentence: where it stands, its key, and the qualifier right after it. */
    private record Head(int start, int end, String written, String key, String qualifier) {
    }

    private static final String W = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";
    private static final String WORD = "[\\p{L}][\\p{L}'’-]*";
    private static final Pattern PUNCTUATION = Pattern.compile("[,;()\\[\\]«»\"“”!?–—]|\\d");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}'’-]+|:");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}'’-]+)\\s*$");

    private final boolean french;
    private final Pattern heads;
    private final Map<String, String> keys = new HashMap<>();
    private final Set<String> function = new java.util.HashSet<>();
    private final Set<String> clauseBreaks = new java.util.HashSet<>();
    private final Set<String> approximationWords = new java.util.HashSet<>();
    private final Map<String, ChangeDirection> changeForms = new HashMap<>();
    private final Map<String, ChangeDirection> changePrefixes = new HashMap<>();
    private final Pattern approximation;
    private final Pattern qualifier;
    private final Pattern article;
    private final Pattern changeNounAfter;
    private final Pattern levelLinkAfter;
    private final Pattern shareWhole;
    private final Pattern articleBefore;
    private final Pattern articleAfter;
    private final FigureContext marks;
    private final Set<String> levelLinks;
    private final Set<String> reachLinks;

    FigureReader(Lexicon lexicon, FigureContext marks) {
        this.marks = marks;
        french = "fr".equals(lexicon.language());
        lexicon.list("function-words").forEach(w -> function.add(TextFold.fold(w)));
        lexicon.list("elisions").forEach(w -> function.add(TextFold.fold(w) + "'"));
        lexicon.list("clause-breaks").forEach(w -> clauseBreaks.add(TextFold.fold(w)));
        lexicon.list("approximations").forEach(w -> approximationWords.addAll(List.of(TextFold.fold(w).split("\\s+"))));
        lexicon.heads("quantities").forEach((form, key) -> keys.put(TextFold.fold(form), TextFold.fold(key)));
        lexicon.list("quantities").forEach(form -> keys.putIfAbsent(TextFold.fold(form), TextFold.fold(form)));
        String generic = french ? "taux\\s+(?:de\\s+|d['’])" + WORD : WORD + "\\s+rates?";
        heads = Pattern.compile(W + "(" + Patterns.alternation(lexicon.list("quantities")) + "|" + generic + ")" + E,
                Pattern.CASE_INSENSITIVE);
        lexicon.heads("change-verbs").forEach((form, head) -> {
            String f = TextFold.fold(form);
            ChangeDirection direction = ChangeDirection.of(head);
            if (f.endsWith("*")) {
                changePrefixes.put(f.substring(0, f.length() - 1), direction);
            } else {
                changeForms.put(f, direction);
            }
        });
        approximation = Pattern.compile(W + "(?:" + Patterns.alternation(lexicon.list("approximations")) + ")\\s*$",
                Pattern.CASE_INSENSITIVE);
        String articles = french ? "(?:le|la|les|l['’]|un|une|des|du|de\\s+la|de\\s+l['’]|d['’]|leurs?|ses|son|sa)"
                : "(?:the|a|an|its|their)";
        article = Pattern.compile("^\\s*" + articles + "\\s*(?<![\\p{L}])|^\\s*", Pattern.CASE_INSENSITIVE);
        qualifier = Pattern.compile("^\\s+(?:" + Patterns.alternation(lexicon.list("quantity-qualifiers"))
                + ")\\s+(?:(?:les|le|la|the)\\s+|l['’]\\s*)?(" + WORD + ")", Pattern.CASE_INSENSITIVE);
        changeNounAfter = Pattern.compile(french ? "^\\s+de\\s+(" + WORD + ")" : "^[\\s-]+(" + WORD + ")");
        levelLinkAfter = Pattern.compile(french ? "^\\s+(?:de\\s+|d['’])" : "^[\\s-]+");
        shareWhole = Pattern.compile(french
                ? "^\\s+(des|du|de\\s+la|de\\s+l['’]|d['’]|de)\\s*(" + WORD + ")"
                : "^\\s+(of)\\s+((?:(?:the|all|those|these|its|their)\\s+)?" + WORD + ")", Pattern.CASE_INSENSITIVE);
        articleBefore = Pattern.compile((french ? "(?:le|la|les|l['’]|des|du|de\\s+la|un|une|leurs?|ses|son|sa)"
                : "(?:the|a|an|its|their)") + "\\s*$", Pattern.CASE_INSENSITIVE);
        articleAfter = Pattern.compile(french
                ? "^\\s+(?:(?:les|la|le|l['’]|des|du|de\\s+la|de\\s+l['’]|leurs?|ses|son|sa)\\s*)?"
                : "^[\\s-]*(?:(?:in|on|of)\\s+)?(?:(?:the|its|their)\\s+)?", Pattern.CASE_INSENSITIVE);
        levelLinks = french
                ? Set.of("à", "de", "d'", ":", "atteint", "atteignait", "atteindre", "atteindra", "frôle", "frôlait", "avoisine", "avoisinait")
                : Set.of("of", "at", "to", "is", "was", "are", "were", "be", "been", "remains", "remained", ":", "hit", "hits",
                        "reached", "reaches", "reach");
        reachLinks = french ? Set.of("à") : Set.of("to");
    }

    /**
     * How the figure at {@code start..end} of {@code sentence} is read.
     *
     * @param pairs the sentence's before/after pairs and ranges ({@link FigureContext#pairs})
     */
    Reading read(String sentence, int start, int end, List<FigureContext.Pair> pairs) {
        String before = sentence.substring(0, start);
        Matcher approx = approximation.matcher(before);
        boolean approximate = approx.find();
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
        ChangeDirection direction = last == null ? null : direction(last);
        Head h = headBefore(sentence, pairStart, false);
        return new Reading(h == null ? null : h.written(), h == null ? null : h.key(), h == null ? "" : h.qualifier(),
                role, direction == null ? null : last, direction, false);
    }

    /** "réduit de 10 %", "en hausse de 3 %", "fell by 3%", "rose 3%", "cut tariffs on steel by 10%", "+3 %". */
    private Reading changeBefore(String sentence, int b, String after) {
        String before = sentence.substring(0, b).stripTrailing();
        if (before.endsWith("+") || before.endsWith("-") || before.endsWith("−")) {
            String sign = before.substring(before.length() - 1);
            Head h = headBefore(sentence, b - 1, false);
            return change(h, headAfter(after), sign, "+".equals(sign) ? ChangeDirection.UP : ChangeDirection.DOWN);
        }
        String rest = before;
        String link = lastWord(rest);
        boolean by = false;
        if (link != null && (french ? link.equalsIgnoreCase("de") || link.equalsIgnoreCase("d'") || link.equalsIgnoreCase("d’")
                : link.equalsIgnoreCase("by") || link.equalsIgnoreCase("of"))) {
            rest = rest.substring(0, rest.length() - link.length()).stripTrailing();
            by = true;
        }
        String verb = lastWord(rest);
        ChangeDirection direction = verb == null ? null : direction(verb);
        if (direction != null) {
            int verbStart = rest.length() - verb.length();
            return change(headBefore(sentence, verbStart, true), headAfter(after), verb, direction);
        }
        if (!french && by && "by".equalsIgnoreCase(link)) {
            // "cut tariffs on steel by 10%": the change word a few words before "by", the quantity between.
            List<int[]> words = words(rest);
            for (int i = words.size() - 1; i >= Math.max(0, words.size() - 6); i--) {
                String w = rest.substring(words.get(i)[0], words.get(i)[1]);
                ChangeDirection d = direction(w);
                if (d != null) {
                    String between = rest.substring(words.get(i)[1]);
                    if (PUNCTUATION.matcher(between).find()) {
                        return null;
                    }
                    Head h = headAt(sentence, words.get(i)[1], rest.length());
                    return change(h != null ? h : headBefore(sentence, words.get(i)[0], true), null, w, d);
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
        ChangeDirection direction = direction(m.group(1));
        if (direction == null) {
            return null;
        }
        return change(headBefore(sentence, b, true), headAfter(after.substring(m.end())), m.group(1), direction);
    }

    private Reading change(Head before, Head after, String verb, ChangeDirection direction) {
        Head h = after != null ? after : before;
        return new Reading(h == null ? null : h.written(), h == null ? null : h.key(), h == null ? "" : h.qualifier(),
                FigureRole.CHANGE, verb, direction, false);
    }

    /** "le taux de chômage à 7,4 %", "des droits de douane de 25 %", "inflation of 2.9%", "rose to 4.3%". */
    private Reading levelBefore(String sentence, int b, int end) {
        Head h = headBefore(sentence, b, false);
        if (h == null) {
            return null;
        }
        String gap = sentence.substring(h.end(), b);
        List<int[]> words = words(gap);
        if (words.isEmpty()) {
            return null;
        }
        int[] lastWord = words.get(words.size() - 1);
        String link = gap.substring(lastWord[0], lastWord[1]).toLowerCase(Locale.ROOT).replace('’', '\'');
        if (!levelLinks.contains(link)) {
            return null;
        }
        String verb = null;
        ChangeDirection direction = null;
        for (int[] w : words) {
            ChangeDirection d = direction(gap.substring(w[0], w[1]));
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
    private String qualified(Head h, String sentence, int end) {
        return h.qualifier().isEmpty() ? qualifier(sentence.substring(end)) : h.qualifier();
    }

    /** "a 10% tariff on steel", "25 per cent tariffs", "5,5 % de TVA". */
    private Reading levelAfter(String sentence, int end) {
        String after = sentence.substring(end);
        Matcher m = levelLinkAfter.matcher(after);
        if (!m.find()) {
            return null;
        }
        Head h = headAt(sentence, end + m.end(), sentence.length());
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
        List<int[]> words = words(whole);
        if (words.isEmpty() || function.contains(TextFold.fold(whole.substring(words.get(0)[0], words.get(0)[1])))
                && !whole.matches("(?i)(the|all|those|these|its|their)\\s.*")) {
            return null;
        }
        String written = after.substring(m.start(1), m.start(2)) + whole;
        String key = TextFold.fold(whole).replaceFirst("^(the|all|those|these|its|their)\\s+", "");
        return new Reading(written.strip(), key, "", FigureRole.SHARE, null, null, false);
    }

    /**
     * The nearest quantity before {@code pos} in its clause: at most eight words away, with no punctuation or digit
     * between; {@code withFigures} (the subject of a change), at most twelve words and figures allowed ("les droits de
     * douane de 20 % seront réduits de"), but no capitalized word other than the qualifier, and no possessive. Never
     * across a clause break ("et", "because").
     */
    private Head headBefore(String sentence, int pos, boolean withFigures) {
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
            inner = inner.replaceAll("\\d+(?:[.,]\\d+)?\\s?%", "");
        }
        List<int[]> words = words(gap);
        for (int[] w : words) {
            String word = gap.substring(w[0], w[1]);
            if (clauseBreaks.contains(TextFold.fold(word).replaceFirst("['’]$", ""))) {
                return null;
            }
            // The subject of a change: no other name or possessor between ("growth figures showing Malaysia's economy").
            if (withFigures && (Character.isUpperCase(word.charAt(0)) && !TextFold.fold(word).equals(last.qualifier())
                    || word.endsWith("'s") || word.endsWith("’s"))) {
                return null;
            }
        }
        return PUNCTUATION.matcher(inner).find() || words.size() > (withFigures ? 12 : 8) ? null : last;
    }

    /** A quantity right at {@code from} (after an article), or null. */
    private Head headAt(String sentence, int from, int to) {
        Matcher a = article.matcher(sentence);
        a.region(from, to);
        int start = a.lookingAt() ? a.end() : from;
        Matcher m = heads.matcher(sentence);
        m.region(start, to);
        return m.lookingAt() ? head(sentence, m) : null;
    }

    private Head headAfter(String after) {
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
        String folded = TextFold.fold(found).replaceAll("\\s+", " ").replace('’', '\'');
        String key = keys.get(folded);
        if (key == null) {
            String first = folded.split("[\\s']")[0];
            if (!french && (function.contains(first) || first.endsWith("ed") || direction(first) != null)) {
                return null;
            }
            key = french ? folded : folded.replaceFirst("rates$", "rate");
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
    private String qualifier(String text) {
        Matcher q = qualifier.matcher(text);
        if (q.find()) {
            String w = TextFold.fold(q.group(1));
            if (!function.contains(w) && !approximationWords.contains(w) && direction(w) == null
                    && !marks.isMark(q.group(1))) {
                return w;
            }
        }
        return "";
    }

    /** up, down or move when {@code word} is a change word (after an elision: "l'augmentation"); else null. */
    ChangeDirection direction(String word) {
        String w = TextFold.fold(word).replace('’', '\'');
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0 && apostrophe <= 3) {
            w = w.substring(apostrophe + 1);
        }
        ChangeDirection d = changeForms.get(w);
        if (d != null) {
            return d;
        }
        for (Map.Entry<String, ChangeDirection> p : changePrefixes.entrySet()) {
            if (w.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    private static String lastWord(String s) {
        Matcher m = LAST_WORD.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
