package org.factcheck.core.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.Span;
import org.factcheck.core.facts.Tally;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.lang.PatternTemplates;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.Pos;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;

/**
 * Finds the counts a draft states twice over ({@link Tally}), for the NUMBER rules to check that they agree:
 *
 * <ul>
 *   <li>a part of a whole named after it: "12 of the 10 members", "trois des deux candidats"; not a number that
 *   labels a noun before it ("Article 50 of the 27 member states");</li>
 *   <li>the parts of a total that opens its sentence ("Of the 40 members, 22 voted for and 21 against"): each count
 *   that is the subject of a verb, is followed by a word of a vote ({@code @tally-word}) or by the total's noun;</li>
 *   <li>a count before a colon and the list after it: two names or more, when only the noun it counts stands
 *   between it and the colon ("three victims: A and B"), as many as the count; or counts ("les 40 membres ont
 *   voté : 22 pour, 21 contre"), adding up to no more than it;</li>
 *   <li>a number in words and in digits side by side: "twelve (12)".</li>
 * </ul>
 *
 * <p>A year (four digits from 1800 to 2099) is never a count, nor a number with a decimal part or a percent sign.
 *
 * <p>Templates and words, from {@code rules/<language>/count-patterns.txt}: {@code @part-of}, {@code @words-digits},
 * {@code @total-frame} (group {@code noun}: the total's noun), {@code @tally-word}, {@code @number-joiner},
 * {@code @list-joiner}; from {@code rules/<language>/}: {@code numbers}, {@code multipliers}, {@code amount-not-units};
 * from {@code rules/}:
 * {@code name-particles}.
 */
public final class Tallies {
    private static final String DIGITS = "\\d{1,3}(?:[  \\u202f,.]\\d{3})+|\\d+";
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    /** What may not follow a count: a decimal part, a percent or degree sign, a unit glued to it. */
    private static final Pattern NOT_COUNT_AFTER = Pattern.compile("^(?:[.,]\\d|\\s?[%°‰]|[\\p{L}\\d])");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+)");
    private static final int MAX_LIST = 20;

    private final NumberWords words;
    private final List<GatedPattern> partOf;
    private final List<GatedPattern> wordsDigits;
    private final GatedPattern frame;
    private final Set<String> tallyWords;
    private final Set<String> listJoiners;
    private final Set<String> multipliers;
    private final Lexicon lexicon;
    private final char decimalMark;

    public Tallies(Lexicon lexicon) {
        this.lexicon = lexicon;
        PatternTemplates patterns = new PatternTemplates(lexicon, "count-patterns");
        words = new NumberWords(lexicon, patterns.words("@number-joiner"));
        decimalMark = FigureExtractor.decimalMark(new PatternTemplates(lexicon, "figure-patterns"));
        String count = DIGITS + "|" + words.pattern();
        Map<String, String> pieces = Map.of("W", "(?<![\\p{L}\\d.,])", "E", "(?![\\p{L}\\d])",
                "part", "(?<part>" + count + ")", "whole", "(?<whole>" + count + ")",
                "words", "(?<words>" + words.pattern() + ")", "digits", "(?<digits>" + DIGITS + ")");
        partOf = patterns.compileEach("@part-of", pieces);
        wordsDigits = patterns.compileEach("@words-digits", pieces);
        frame = GatedPattern.of(patterns.compile("@total-frame", pieces));
        tallyWords = patterns.words("@tally-word");
        listJoiners = patterns.words("@list-joiner");
        multipliers = lexicon.heads("multipliers").keySet();
    }

    /** The tallies of a draft, in text order. */
    public List<Tally> extract(AnnotatedText annotated) {
        String text = annotated.text();
        List<Tally> out = new ArrayList<>();
        for (AnnotatedText.TextSentence s : annotated.sentences()) {
            int numbers = numbers(s);
            if (numbers >= 2) { // a part and its whole, a number in words and digits, a total and a part
                partsOf(text, s, out);
                wordsAndDigits(text, s, out);
                frameParts(text, s, out);
            }
            if (numbers >= 1) {
                list(text, s, out);
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<Tally> numbered = new ArrayList<>(out.size());
        for (Tally t : out) {
            numbered.add(new Tally(numbered.size(), t.span(), t.kind(), t.stated(), t.found(), t.related()));
        }
        return numbered;
    }

    /** How many tokens of a sentence are numbers, in digits or words: a cheap test before the patterns. */
    private int numbers(AnnotatedText.TextSentence s) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.kind() == Token.Kind.NUMBER || t.isWord() && words.starts(t.folded())) {
                n++;
            }
        }
        return n;
    }

    private void partsOf(String text, AnnotatedText.TextSentence s, List<Tally> out) {
        String t = s.span().text();
        int base = s.span().start();
        for (GatedPattern p : partOf) {
            for (Matcher m : matchesAtNumbers(p, s)) {
                Long part = count(t, m.start("part"), m.end("part"));
                Long whole = count(t, m.start("whole"), m.end("whole"));
                int before = s.lastTokenBefore(base + m.start("part"));
                if (part == null || whole == null || before >= 0 && labels(s.tokens().get(before))) {
                    continue; // "Article 50 of the 27 member states": the number names the article
                }
                out.add(new Tally(0, Span.of(text, base + m.start("part"), base + m.end("whole")), Tally.Kind.PART_OF,
                        whole, part, null));
            }
        }
    }

    private void wordsAndDigits(String text, AnnotatedText.TextSentence s, List<Tally> out) {
        String t = s.span().text();
        int base = s.span().start();
        for (GatedPattern p : wordsDigits) {
            for (Matcher m : matchesAtNumbers(p, s)) {
                Long inWords = words.value(m.group("words"));
                Long inDigits = count(t, m.start("digits"), m.end("digits"));
                if (inWords != null && inDigits != null) {
                    out.add(new Tally(0, Span.of(text, base + m.start(), base + m.end()), Tally.Kind.WORDS,
                            inWords, inDigits, null));
                }
            }
        }
    }

    /**
     * The matches of {@code p}, a pattern that begins with a number, starting at the number tokens of sentence
     * {@code s}: the pattern is tried where a number stands, not at every character.
     */
    private List<Matcher> matchesAtNumbers(GatedPattern p, AnnotatedText.TextSentence s) {
        String t = s.span().text();
        int base = s.span().start();
        List<Matcher> out = new ArrayList<>();
        if (!p.mayMatch(t)) {
            return out;
        }
        int after = 0;
        Matcher m = null; // tried again at the next number until it matches (then kept, and another made)
        for (Token tok : s.tokens()) {
            int at = tok.start() - base;
            if (at < after || !(tok.kind() == Token.Kind.NUMBER || tok.isWord() && words.starts(tok.folded()))) {
                continue;
            }
            if (m == null) {
                m = p.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (m.region(at, t.length()).lookingAt()) {
                out.add(m);
                after = m.end();
                m = null;
            }
        }
        return out;
    }

    /** "Of the 40 members, 22 voted for and 21 against": the parts after a total that opens the sentence. */
    private void frameParts(String text, AnnotatedText.TextSentence s, List<Tally> out) {
        String t = s.span().text();
        int base = s.span().start();
        Matcher m = frame.matcher(t);
        if (!m.find()) {
            return;
        }
        Long total = count(t, m.start("whole"), m.end("whole"));
        if (total == null) {
            return;
        }
        String noun = TextFold.fold(m.group("noun"));
        parts(text, s, base + m.end(), s.span().end(), noun, total,
                Span.of(text, base + m.start("whole"), base + m.end("noun")), out);
    }

    /**
     * The counts of sentence {@code s} in {@code from..to} that are parts ({@link #isPart}): a tally of their sum
     * against {@code total} when there are any, on the part that takes the sum highest.
     */
    private void parts(String text, AnnotatedText.TextSentence s, int from, int to, String noun, long total,
                       Span related, List<Tally> out) {
        List<Token> tokens = s.tokens();
        long sum = 0;
        Token last = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.start() < from || tok.end() > to) {
                continue;
            }
            Long value = countToken(text, tok);
            if (value != null && isPart(s, i, noun)) {
                sum += value;
                last = tok;
            }
        }
        if (last != null) {
            out.add(new Tally(0, Span.of(text, last.start(), last.end()), Tally.Kind.PARTS, total, sum, related));
        }
    }

    /**
     * Whether the count at token {@code i} is a part: the subject of a verb after it, a count of a vote (a
     * {@code @tally-word} after it) or a count of the total's noun.
     */
    private boolean isPart(AnnotatedText.TextSentence s, int i, String noun) {
        List<Token> tokens = s.tokens();
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return tallyWords.contains(next.folded()) || next.folded().equals(noun)
                || next.isWord() && Enumerations.verbAfter(s, tokens.get(i).end());
    }

    /**
     * A count right before a colon and the list after it, to the sentence's end: names ("trois victimes : A, B et
     * C"), or counts that are each the first word of their item ("22 pour, 21 contre, 3 abstentions").
     */
    private void list(String text, AnnotatedText.TextSentence s, List<Tally> out) {
        List<Token> tokens = s.tokens();
        for (int c = 1; c < tokens.size(); c++) {
            if (!tokens.get(c).text().equals(":")) {
                continue;
            }
            // the count: the last number before the colon, with words only between them
            int k = c - 1;
            while (k >= 0 && tokens.get(k).isWord() && countToken(text, tokens.get(k)) == null && c - k <= 10) {
                k--;
            }
            if (k < 0 || k == c - 1 || !tokens.get(k + 1).isWord() || tokens.get(k + 1).pos().verbal()) {
                continue;
            }
            Long stated = countToken(text, tokens.get(k));
            if (stated == null || stated < 2) {
                continue;
            }
            List<List<Token>> items = items(tokens.subList(c + 1, tokens.size()));
            if (items.isEmpty() || items.size() > MAX_LIST) {
                continue;
            }
            Token first = tokens.get(k);
            String noun = tokens.get(k + 1).folded();
            Token end = items.get(items.size() - 1).get(items.get(items.size() - 1).size() - 1);
            Span span = Span.of(text, first.start(), end.end());
            if (items.size() >= 2 && items.stream().allMatch(this::name) && counted(tokens.subList(k + 1, c))) {
                out.add(new Tally(0, span, Tally.Kind.LIST, stated, items.size(), null));
            } else if (items.stream().allMatch(item -> countOf(text, item, noun))) {
                long sum = items.stream().mapToLong(item -> countToken(text, item.get(0))).sum();
                out.add(new Tally(0, span, Tally.Kind.PARTS, stated, sum, null));
            }
            return;
        }
    }

    /**
     * The items of a list, split at commas, semicolons and the list's joining words; empty when a token is
     * neither a word, a number nor one of those (a bracket, a quotation mark: no plain list).
     */
    private List<List<Token>> items(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> item = new ArrayList<>();
        int end = tokens.size();
        while (end > 0 && ".!?…".contains(tokens.get(end - 1).text())) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            Token t = tokens.get(i);
            String w = t.text();
            boolean joiner = listJoiners.contains(t.folded())
                    || i + 1 < end && listJoiners.contains(t.folded() + " " + tokens.get(i + 1).folded());
            if (w.equals(",") || w.equals(";") || joiner) {
                if (!item.isEmpty()) {
                    out.add(item);
                }
                item = new ArrayList<>();
                if (joiner && !listJoiners.contains(t.folded())) {
                    i++; // a joiner of two words: "ainsi que"
                }
                continue;
            }
            if (t.kind() == Token.Kind.PUNCT && !w.equals(".") && !w.equals("-")) {
                return List.of();
            }
            item.add(t);
        }
        if (!item.isEmpty()) {
            out.add(item);
        }
        return out;
    }

    /**
     * Whether an item of a list is a count of the list's noun or of a vote: a count alone, or with the noun after
     * the announcing count or a {@code @tally-word} ("22 pour", "3 abstentions", "2 membres").
     */
    private boolean countOf(String text, List<Token> item, String noun) {
        return countToken(text, item.get(0)) != null && (item.size() == 1
                || item.size() == 2 && (tallyWords.contains(item.get(1).folded()) || item.get(1).folded().equals(noun)));
    }

    /** Whether an item of a list is a name: capitalized words, initials and particles, six tokens at most. */
    private boolean name(List<Token> item) {
        if (item.size() > 6 || !item.get(0).capitalized()) {
            return false;
        }
        for (Token t : item) {
            boolean ok = t.capitalized() || t.shape() == Token.Shape.UPPER || t.shape() == Token.Shape.MIXED
                    || t.text().equals(".") || t.text().equals("-")
                    || t.isWord() && lexicon.hasFolded("name-particles", t.folded());
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words between a count and a colon are the noun it counts, with an adjective at most either side
     * ("deux ingénieurs :", "three young engineers:"): then the list after the colon is of what it counts, not of
     * another noun of the sentence ("les deux présidents évoqueront les crises : …"). Never a unit of time
     * ({@code amount-not-units}: "2 heures :").
     */
    private boolean counted(List<Token> words) {
        if (words.isEmpty() || words.size() > 3
                || words.stream().anyMatch(t -> lexicon.hasFolded("amount-not-units", t.folded()))) {
            return false; // "de 6 heures à 2 heures :" counts time, not the list's items
        }
        long nouns = words.stream().filter(t -> t.pos() == Pos.NOUN).count();
        return nouns == 1 && words.stream().allMatch(t -> t.pos() == Pos.NOUN || t.pos() == Pos.ADJ);
    }

    /** Whether a token labels the number after it: a noun or a name ("Article 50", "Stage 14", "Flight 370"). */
    private static boolean labels(Token t) {
        return t.pos() == Pos.NOUN || t.pos() == Pos.PROPN || t.capitalized();
    }

    /** The count a token writes, in digits or words; null for a year, a decimal, a percentage or no number. */
    private Long countToken(String text, Token t) {
        if (t.kind() == Token.Kind.NUMBER) {
            return count(text, t.start(), t.end());
        }
        if (!t.isWord()) {
            return null;
        }
        Long v = words.value(t.text());
        return v != null && v > 1 && after(text, t.end()) ? v : null;
    }

    /**
     * The count written at {@code start..end} of {@code t}: digits (not a year) or words, times a multiplier written
     * after it ("12 millions"); null when a decimal part, a percent sign or a letter follows.
     */
    private Long count(String t, int start, int end) {
        String written = t.substring(start, end);
        if (!after(t, end)) {
            return null;
        }
        Long v;
        if (Character.isDigit(written.charAt(0))) {
            if (YEAR.matcher(written).matches()) {
                return null;
            }
            double d = FigureExtractor.digits(written, decimalMark);
            if (d != Math.rint(d) || d > 1e12) {
                return null;
            }
            v = (long) d;
        } else {
            v = words.value(written);
            if (v == null || v < 2) {
                return null; // "three of a possible five": "a", "un" are articles before they are numbers
            }
        }
        // the word right after it, read in place: the rest of the text, a draft's whole for a token's count, was
        // copied and searched for each number, a draft's square
        Matcher next = WORD_AFTER.matcher(t).region(end, t.length());
        if (next.lookingAt() && multipliers.contains(next.group(1).toLowerCase(Locale.ROOT))) {
            v *= Long.parseLong(lexicon.heads("multipliers").get(next.group(1).toLowerCase(Locale.ROOT)));
        }
        return v;
    }

    /** Whether what follows offset {@code end} lets the number before it be a count. */
    private static boolean after(String t, int end) {
        return !NOT_COUNT_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 3))).find();
    }
}
