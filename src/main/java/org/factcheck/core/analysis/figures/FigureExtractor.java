package org.factcheck.core.analysis.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.Figure;
import org.factcheck.core.facts.FigureKind;
import org.factcheck.core.facts.FigureRole;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.lang.PatternTemplates;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * Finds the percentages of a draft ("10 %", "10,5 %", "10 percent", "dix pour cent", "3 points de pourcentage",
 * "3 percentage points", and fractions that give a share: "un tiers des électeurs", "half of voters"), and the
 * figures that state their own arithmetic: "12 sur 40, soit 30 %" / "12 of 40, or 30%" and "de 20 % à 12 %, soit
 * une baisse de 8 points" / "from 20% to 12%, an 8-point drop". What each measures and its role come from
 * {@link FigureReader}, the marks of time and source of its sentence from {@link FigureContext}; whether its quantity is a bounded whole ("des voix", "of the vote") from the list.
 *
 * <p>Word lists, from {@code rules/<language>/}: {@code numbers} (numbers in words), {@code fractions},
 * {@code bounded-quantities}, {@code comparison-words}, the templates of {@code figure-patterns} (the share, the
 * change, the fraction that is a share, the decimal mark), and those of {@link FigureReader}; from {@code rules/}:
 * {@code percent-signs} and {@code percentage-points}, the same in every language.
 */
public final class FigureExtractor {
    private static final Pattern DECIMALS = Pattern.compile("\\d[.,](\\d+)");

    private final Map<String, String> numbers;
    private final char decimalMark;
    private final GatedPattern percent;
    private final GatedPattern points;
    private final List<GatedPattern> shares;
    private final List<GatedPattern> changes;
    private final Pattern bounded;
    private final Pattern contrast;
    private final GatedPattern fraction;
    private final Pattern wholeArticle;
    private final Map<String, String> fractions;
    private final FigureReader reader;
    private final FigureContext context;
    private final Enumerations enumerations;

    public FigureExtractor(Lexicon lexicon) {
        PatternTemplates patterns = new PatternTemplates(lexicon, "figure-patterns");
        numbers = lexicon.heads("numbers");
        decimalMark = decimalMark(patterns);
        String num = "(\\d{1,3}(?:[  \\u202f.,]\\d{3})*(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
        String words = Patterns.alternation(numbers.keySet());
        String w = "(?<![\\p{L}\\d])";
        String e = "(?![\\p{L}\\d])";
        String pct = "\\s?(?:" + Patterns.alternation(lexicon.list("percent-signs")) + ")(?![\\p{L}])";
        percent = GatedPattern.compile(w + "(" + num.substring(1, num.length() - 1) + "|" + words + ")" + pct,
                Pattern.CASE_INSENSITIVE);
        points = GatedPattern.compile(w + num + "[\\s-](?:" + Patterns.alternation(lexicon.list("percentage-points")) + ")" + e,
                Pattern.CASE_INSENSITIVE);
        fractions = lexicon.heads("fractions");
        String inner = num.substring(1, num.length() - 1);
        Map<String, String> pieces = Map.ofEntries(Map.entry("W", w), Map.entry("E", e), Map.entry("num", num),
                Map.entry("pct", pct), Map.entry("maybe-pct", "(?:" + pct + ")?"),
                Map.entry("part", "(?<part>" + inner + ")"), Map.entry("whole", "(?<whole>" + inner + ")"),
                Map.entry("stated", "(?<stated>" + inner + ")"), Map.entry("before", "(?<before>" + inner + ")"),
                Map.entry("after", "(?<after>" + inner + ")"), Map.entry("points", "(?<points>" + inner + ")"));
        fraction = GatedPattern.compile(w + "(" + Patterns.alternation(fractions.keySet()) + ")"
                + patterns.template("@fraction-share", pieces), Pattern.CASE_INSENSITIVE);
        context = new FigureContext(lexicon, patterns, pieces);
        reader = new FigureReader(lexicon, patterns, context);
        shares = patterns.compileEach("@share", pieces);
        changes = patterns.compileEach("@change", pieces);
        wholeArticle = Pattern.compile("^" + patterns.alternation("@whole-article") + "\\s*");
        contrast = Pattern.compile(w + "(" + Patterns.alternation(lexicon.list("comparison-words")) + ")" + e, Pattern.CASE_INSENSITIVE);
        enumerations = new Enumerations(patterns, pieces, contrast);
        bounded = Pattern.compile("^\\s*(" + Patterns.alternation(lexicon.list("bounded-quantities")) + ")" + e,
                Pattern.CASE_INSENSITIVE);
    }

    /** A number as written: "10,5", "1 200", "1,200" (English thousands), "dix". */
    double value(String s) {
        String t = s.strip();
        String head = numbers.get(t.toLowerCase(java.util.Locale.ROOT));
        if (head != null) {
            return Double.parseDouble(head);
        }
        return digits(t, decimalMark);
    }

    /** A number in digits as written, with the language's decimal mark: "1 200", "1,200" (English), "10,5". */
    static double digits(String s, char decimalMark) {
        char group = decimalMark == ',' ? '.' : ',';
        StringBuilder t = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\u202f' && c != group) { // spaces and marks between groups
                t.append(c == decimalMark ? '.' : c);
            }
        }
        return Double.parseDouble(t.toString());
    }

    /** The language's decimal mark ({@code @decimal-mark}: "," in French), "." when it gives none. */
    static char decimalMark(PatternTemplates patterns) {
        return patterns.forms("@decimal-mark").stream().findFirst().orElse(".").charAt(0);
    }

    /** The figures of a draft, sentence by sentence of its annotation. */
    public List<Figure> extract(AnnotatedText annotated) {
        String text = annotated.text();
        List<Figure> out = new ArrayList<>();
        for (AnnotatedText.TextSentence s : annotated.sentences()) {
            int from = s.span().start();
            String f = s.span().text();
            List<int[]> taken = new ArrayList<>();
            SentenceFigures one = new SentenceFigures(text, from, f, s.index());
            Matcher m;
            for (GatedPattern change : changes) {
                m = change.matcher(f);
                while (m.find()) {
                    if (Patterns.overlaps(taken, m.start(), m.end())) {
                        continue;
                    }
                    out.add(figure(one, m.start(), m.end(), FigureKind.CHANGE, value(m.group("points")), null,
                            new Figure.Shift(value(m.group("before")), value(m.group("after"))), null,
                            FigureRole.BEFORE_AFTER));
                    taken.add(new int[] {m.start(), m.end()});
                }
            }
            for (GatedPattern share : shares) {
                m = share.matcher(f);
                while (m.find()) {
                    if (Patterns.overlaps(taken, m.start(), m.end())) {
                        continue;
                    }
                    out.add(figure(one, m.start(), m.end(), FigureKind.SHARE, value(m.group("stated")),
                            new Figure.Share(value(m.group("part")), value(m.group("whole"))), null, null,
                            FigureRole.SHARE));
                    taken.add(new int[] {m.start(), m.end()});
                }
            }
            m = percent.matcher(f);
            while (m.find()) {
                if (!Patterns.overlaps(taken, m.start(), m.end())) {
                    out.add(figure(one, m.start(), m.end(), FigureKind.PERCENT, value(m.group(1)), null, null,
                            bounded(f, m.end()), null));
                    taken.add(new int[] {m.start(), m.end()});
                }
            }
            m = fraction.matcher(f);
            while (m.find()) {
                if (!Patterns.overlaps(taken, m.start(), m.end())) {
                    double v = Double.parseDouble(fractions.get(m.group(1).toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("\\s+", " ")));
                    out.add(figure(one, m.start(), m.end(), FigureKind.PERCENT, v, null, null, bounded(f, m.end()), null));
                }
            }
            m = points.matcher(f);
            while (m.find()) {
                if (!Patterns.overlaps(taken, m.start(), m.end())) {
                    out.add(figure(one, m.start(), m.end(), FigureKind.POINTS, value(m.group(1)), null, null, null, null));
                }
            }
        }
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        List<Figure> numbered = new ArrayList<>(out.size());
        for (Figure x : out) {
            numbered.add(x.withId(numbered.size()));
        }
        return enumerations.mark(annotated, numbered);
    }

    /** The number of decimals of the first number written in {@code figure} ("7,4 %" has one). */
    private static int decimals(String figure) {
        Matcher m = DECIMALS.matcher(figure);
        return m.find() ? m.group(1).length() : 0;
    }

    /** The bounded whole right after a percentage ("des voix", "of the vote"), as written, or null. */
    private String bounded(String sentence, int end) {
        Matcher q = bounded.matcher(sentence.substring(end));
        return q.find() ? q.group(1) : null;
    }

    /**
     * One sentence being read: what its figures share, read on its first figure (most sentences have none).
     */
    private final class SentenceFigures {
        final String text;
        final int from;
        final String sentence;
        final int index;
        private Boolean contrasted;
        private String context;
        private List<FigureContext.Pair> pairs;

        SentenceFigures(String text, int from, String sentence, int index) {
            this.text = text;
            this.from = from;
            this.sentence = sentence;
            this.index = index;
        }

        /** Whether the sentence sets figures against each other. */
        boolean contrasted() {
            if (contrasted == null) {
                contrasted = contrast.matcher(sentence).find();
            }
            return contrasted;
        }

        /** The sentence's marks of time, forecast and source ({@link FigureContext#marks}). */
        String context() {
            if (context == null) {
                context = FigureExtractor.this.context.marks(sentence);
            }
            return context;
        }

        /** The stretches of the sentence that state two figures ({@link FigureContext#pairs}). */
        List<FigureContext.Pair> pairs() {
            if (pairs == null) {
                pairs = FigureExtractor.this.context.pairs(sentence);
            }
            return pairs;
        }
    }

    /**
     * The figure at {@code start..end} of sentence {@code in}; a bounded whole, when given, is its quantity; a role,
     * when given, overrides the one read.
     */
    private Figure figure(SentenceFigures in, int start, int end, FigureKind kind, double value, Figure.Share share,
                          Figure.Shift shift, String boundedWhole, FigureRole role) {
        FigureReader.Reading r = reader.read(in.sentence, start, end, in.pairs());
        boolean bounded = boundedWhole != null;
        String quantity = bounded ? boundedWhole : r.quantity();
        String key = bounded ? wholeArticle.matcher(TextFold.fold(boundedWhole)).replaceFirst("") : r.quantityKey();
        FigureRole read = bounded ? FigureRole.SHARE : r.role();
        Span span = Span.of(in.text, in.from + start, in.from + end);
        return new Figure(0, span, kind, value, kind == FigureKind.PERCENT ? decimals(span.text()) : 0, share, shift,
                quantity, bounded, in.index, in.index, in.contrasted(), key, r.qualifier(), role != null ? role : read, r.verb(),
                r.direction(), r.approximate(), in.context());
    }
}
