package org.factcheck.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.Figure;
import org.factcheck.core.facts.Sentence;
import org.factcheck.core.facts.Span;

/**
 * Finds the percentages of a draft ("10 %", "10,5 %", "10 percent", "dix pour cent", "3 points de pourcentage"),
 * what each measures when a bounded quantity follows it ("des voix", "of the vote"), and the figures that state
 * their own arithmetic: "12 sur 40, soit 30 %" / "12 of 40, or 30%" and "de 20 % à 12 %, soit une baisse de 8
 * points" / "from 20% to 12%, an 8-point drop".
 *
 * <p>Word lists, from {@code rules/<language>/}: {@code numbers} (numbers in words), {@code bounded-quantities}.
 */
public final class FigureExtractor {
    private static final Map<Lexicon, FigureExtractor> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final boolean french;
    private final Map<String, String> numbers;
    private final Pattern percent;
    private final Pattern points;
    private final Pattern share;
    private final Pattern change;
    private final Pattern bounded;
    private final Pattern contrast;

    private FigureExtractor(Lexicon lexicon) {
        french = "fr".equals(lexicon.language());
        numbers = lexicon.heads("numbers");
        String num = "(\\d{1,3}(?:[  \\u202f.,]\\d{3})*(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
        String words = alternation(numbers.keySet());
        String w = "(?<![\\p{L}\\d])";
        String e = "(?![\\p{L}\\d])";
        String pct = "\\s?(?:%|pour\\s?cent|percent|per\\s?cent)" + "(?![\\p{L}])";
        percent = Pattern.compile(w + "(" + num.substring(1, num.length() - 1) + "|" + words + ")" + pct,
                Pattern.CASE_INSENSITIVE);
        points = Pattern.compile(w + num + "[\\s-]points?(?:\\s+de\\s+pourcentage|\\s+percentage|-percentage-point)?" + e,
                Pattern.CASE_INSENSITIVE);
        share = Pattern.compile(french
                ? w + num + "\\s+(?:\\p{L}+\\s+){0,3}?sur\\s+(?:les\\s+)?" + num + e + "[^.;]{0,60}?,?\\s+soit\\s+(?:environ\\s+|près\\s+de\\s+)?" + num + "\\s?%"
                : w + num + "\\s+(?:\\p{L}+\\s+){0,3}?(?:of|out\\s+of)\\s+(?:the\\s+)?" + num + e + "[^.;]{0,60}?,?\\s+or\\s+(?:about\\s+|nearly\\s+|some\\s+)?" + num + "\\s?%",
                Pattern.CASE_INSENSITIVE);
        change = Pattern.compile(french
                ? w + "de\\s+" + num + "\\s?%\\s+à\\s+" + num + "\\s?%[^.;]{0,40}?soit\\s+une?\\s+(?:\\p{L}+\\s+){1,2}?de\\s+" + num + "\\s+points?" + e
                : w + "from\\s+" + num + "\\s?%\\s+to\\s+" + num + "\\s?%[^.;]{0,40}?(?:an?|the)\\s+" + num + "[\\s-]points?" + e,
                Pattern.CASE_INSENSITIVE);
        List<String> b = new ArrayList<>(lexicon.list("bounded-quantities"));
        contrast = Pattern.compile(w + "(" + alternation(lexicon.list("comparison-words")) + ")" + e, Pattern.CASE_INSENSITIVE);
        bounded = Pattern.compile("^\\s*(" + alternation(b) + ")" + e, Pattern.CASE_INSENSITIVE);
    }

    public static FigureExtractor of(Lexicon lexicon) {
        return CACHE.computeIfAbsent(lexicon, FigureExtractor::new);
    }

    private static String alternation(java.util.Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder s = new StringBuilder();
        for (String x : sorted) {
            s.append(s.length() == 0 ? "" : "|").append(Pattern.quote(x).replace(" ", "\\E\\s+\\Q"));
        }
        return s.length() == 0 ? "(?!)" : s.toString();
    }

    /** A figure as the draft's language writes it, to one decimal at most: "2,4" in French, "2.4" in English. */
    public static String format(double v, String language) {
        String s = String.valueOf(Math.round(v * 10.0) / 10.0).replaceAll("\\.0$", "");
        return "fr".equals(language) ? s.replace('.', ',') : s;
    }

    /** A number as written: "10,5", "1 200", "1,200" (English thousands), "dix". */
    double value(String s) {
        String t = s.strip();
        String head = numbers.get(t.toLowerCase(java.util.Locale.ROOT));
        if (head != null) {
            return Double.parseDouble(head);
        }
        t = t.replaceAll("[  \\u202f]", "");
        if (french) {
            t = t.replace(".", "").replace(',', '.');
        } else {
            t = t.replace(",", "");
        }
        return Double.parseDouble(t);
    }

    public List<Figure> extract(String text, List<Sentence> sentences) {
        List<Figure> out = new ArrayList<>();
        for (Sentence s : sentences) {
            int from = s.span().start();
            String f = text.substring(from, s.span().end());
            List<int[]> taken = new ArrayList<>();
            boolean contrasted = contrast.matcher(f).find();
            Matcher m = change.matcher(f);
            while (m.find()) {
                out.add(new Figure(0, Span.of(text, from + m.start(), from + m.end()), "change", value(m.group(3)),
                        value(m.group(1)), value(m.group(2)), null, false, s.index(), contrasted));
                taken.add(new int[] {m.start(), m.end()});
            }
            m = share.matcher(f);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                out.add(new Figure(0, Span.of(text, from + m.start(), from + m.end()), "share", value(m.group(3)),
                        value(m.group(1)), value(m.group(2)), null, false, s.index(), contrasted));
                taken.add(new int[] {m.start(), m.end()});
            }
            m = percent.matcher(f);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                Matcher q = bounded.matcher(f.substring(m.end()));
                String quantity = q.find() ? q.group(1) : null;
                out.add(new Figure(0, Span.of(text, from + m.start(), from + m.end()), "percent", value(m.group(1)),
                        0, 0, quantity, quantity != null, s.index(), contrasted));
            }
            m = points.matcher(f);
            while (m.find()) {
                if (!overlaps(taken, m.start(), m.end())) {
                    out.add(new Figure(0, Span.of(text, from + m.start(), from + m.end()), "points", value(m.group(1)),
                            0, 0, null, false, s.index(), contrasted));
                }
            }
        }
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        List<Figure> numbered = new ArrayList<>(out.size());
        for (Figure x : out) {
            numbered.add(new Figure(numbered.size(), x.span(), x.kind(), x.value(), x.a(), x.b(), x.quantity(),
                    x.bounded(), x.sentence(), x.contrasted()));
        }
        return numbered;
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] t : taken) {
            if (s < t[1] && t[0] < e) {
                return true;
            }
        }
        return false;
    }
}
