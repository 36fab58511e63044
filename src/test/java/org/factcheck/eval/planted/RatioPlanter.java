package org.factcheck.eval.planted;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NUMBER errors: a wrong "X sur Y, soit Z %" / "X of Y, or Z%". Where the article writes one (Z right to the point),
 * Z is changed. Real copy seldom does, so otherwise the generator adds a sentence of its own after a sentence holding
 * two whole numbers X &lt; Y, built from them, one template per language: "Au total, 12 sur 40, soit 38 %." /
 * "In all, 12 of 40, or 38%." Z is off by 5 to 12 points, and never the complement of the right share.
 */
final class RatioPlanter implements Planter {
    private static final Pattern WRITTEN_FR = Pattern.compile("(?<![\\d.,])(\\d+) sur (\\d+)[^.;!?]{0,40}?, soit (\\d+(?:,\\d+)?)[ \u00a0\u202f]?%");
    private static final Pattern WRITTEN_EN = Pattern.compile("(?<![\\d.,])(\\d+) (?:of|out of) (?:the )?(\\d+)[^.;!?]{0,40}?, or (\\d+(?:\\.\\d+)?) ?%");
    /** A whole number standing alone: not a decimal, a percentage, part of a word or code, a time or a grouped number. */
    private static final Pattern WHOLE = Pattern.compile("(?<![\\d.,:/\\p{L}-])\\d{1,6}(?![\\d\\p{L}%:/-]|[.,]\\d|[ \u00a0\u202f]\\d|[ \u00a0\u202f]?%"
            + "|[ \u00a0\u202f](?:pour cent|per cent|percent))");
    private static final Pattern DATE_WORD = Pattern.compile("(?i)(?:janvier|février|mars|avril|mai|juin|juillet|août|"
            + "septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?");

    @Override
    public boolean filler() {
        return true;
    }

    @Override
    public String category() {
        return "NUMBER";
    }

    @Override
    public String kind() {
        return "number-ratio";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        Matcher written = (article.french() ? WRITTEN_FR : WRITTEN_EN).matcher(article.text());
        while (written.find()) {
            int x = Integer.parseInt(written.group(1));
            int y = Integer.parseInt(written.group(2));
            if (x < y && SharesPlanter.value(written.group(3)).subtract(percent(x, y)).abs().compareTo(BigDecimal.ONE) <= 0) {
                return Optional.ofNullable(changeWritten(article, written, x, y, random));
            }
        }
        List<Span[]> pairs = new ArrayList<>();
        for (Span sentence : Texts.sentences(article.text())) {
            if (".!?".indexOf(article.text().charAt(sentence.end() - 1)) >= 0) {
                pairs.addAll(pairs(article.text(), sentence));
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(insert(article, pairs.get(random.nextInt(pairs.size())), random));
    }

    private Plant changeWritten(Article article, Matcher m, int x, int y, Random random) {
        String z = write(wrong(x, y, random), m.group(3));
        String note = String.format("%d of %d is %s %%, not %s %%.", x, y, percent(x, y).toPlainString(), z);
        int wordsStart = article.text().lastIndexOf(article.french() ? "soit" : "or", m.start(3));
        return Plant.ofNewText(article.text(), category(), kind(), m.start(3), m.end(3), z,
                new Span(wordsStart, m.end() - m.group(3).length() + z.length()), note);
    }

    private Plant insert(Article article, Span[] pair, Random random) {
        String text = article.text();
        String x = pair[0].of(text);
        String y = pair[1].of(text);
        int xi = Integer.parseInt(x);
        int yi = Integer.parseInt(y);
        String z = String.valueOf(wrong(xi, yi, random));
        String claim = article.french() ? "soit " + z + " %" : "or " + z + "%";
        String sentence = article.french() ? " Au total, " + x + " sur " + y + ", " + claim + "."
                : " In all, " + x + " of " + y + ", " + claim + ".";
        int at = Texts.sentences(text, article.paragraphAt(pair[1].start())).stream()
                .filter(s -> s.contains(pair[1].start())).findFirst().orElseThrow().end();
        int mark = at + sentence.indexOf(claim);
        String note = String.format("%s of %s is %s %%, not %s %% (sentence added by the generator from figures of the article).",
                x, y, percent(xi, yi).toPlainString(), z);
        return Plant.ofNewText(text, category(), kind(), at, at, sentence, new Span(mark, mark + claim.length()), note);
    }

    /** Pairs of whole numbers X &lt; Y of one sentence (years and days of months left out), in order. */
    private static List<Span[]> pairs(String text, Span sentence) {
        List<Span> numbers = new ArrayList<>();
        Matcher m = WHOLE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int v = Integer.parseInt(m.group());
            boolean year = m.group().length() == 4 && v >= 1800 && v <= 2100;
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12)).strip();
            String before = text.substring(Math.max(0, m.start() - 6), m.start()).strip();
            boolean day = DATE_WORD.matcher(after).lookingAt() || before.matches("(?i).*\\b(?:" + DATE_WORD.pattern() + ")");
            if (!year && !day && v >= 2) {
                numbers.add(new Span(m.start(), m.end()));
            }
        }
        List<Span[]> out = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            for (int j = 0; j < numbers.size(); j++) {
                int a = Integer.parseInt(numbers.get(i).of(text));
                int b = Integer.parseInt(numbers.get(j).of(text));
                if (i != j && a < b && a * 50 >= b && a * 50 < b * 49) {
                    out.add(new Span[] {numbers.get(i), numbers.get(j)});
                }
            }
        }
        return out;
    }

    private static BigDecimal percent(int x, int y) {
        return BigDecimal.valueOf(100L * x).divide(BigDecimal.valueOf(y), 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** A share off by 5 to 12 points, between 1 and 99, at least 3 points from the complement of the right one. */
    private static int wrong(int x, int y, Random random) {
        double right = 100.0 * x / y;
        for (int tries = 0; ; tries++) {
            int z = (int) Math.round(right) + (random.nextBoolean() ? 1 : -1) * (5 + random.nextInt(8));
            if (z >= 1 && z <= 99 && Math.abs(z - (100 - right)) >= 3 && Math.abs(z - right) >= 5 || tries > 100) {
                return z;
            }
        }
    }

    private static String write(int z, String model) {
        return SharesPlanter.write(BigDecimal.valueOf(z), model);
    }
}
