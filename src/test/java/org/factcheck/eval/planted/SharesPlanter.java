package org.factcheck.eval.planted;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NUMBER errors: one share of an enumeration raised so that the shares of one whole pass 100 %. An enumeration is a
 * sentence with two percentages or more, no range or change between them ("30 à 40 %", "from 3% to 5%"), adding up
 * to between 85 and 100: shares of one whole, as in poll or vote results. One share is raised by what the sum lacked
 * to 100 and 5 to 15 points more.
 */
final class SharesPlanter implements Planter {
    /** A percentage: its number (group 1) and its sign or words. */
    static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d+(?:[.,]\\d+)?)[ \u00a0\u202f]?(?:%|pour cent|per cent|percent)");
    private static final Pattern RANGE = Pattern.compile("(?i)(?:\\b(?:entre|between|from|de)\\s+\\d+(?:[.,]\\d+)?[ \u00a0\u202f]?%?\\s+"
            + "(?:et|and|à|to)\\s+\\d)|(?:\\d[ \u00a0\u202f]?%?\\s?(?:à|to|-|–)\\s?\\d+(?:[.,]\\d+)?[ \u00a0\u202f]?%)");

    @Override
    public String category() {
        return "NUMBER";
    }

    @Override
    public String kind() {
        return "number-shares";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        String text = article.text();
        List<List<Span>> enumerations = new ArrayList<>();
        for (Span sentence : Texts.sentences(text)) {
            if (RANGE.matcher(sentence.of(text)).find()) {
                continue;
            }
            List<Span> numbers = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            Matcher m = PERCENT.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                numbers.add(new Span(m.start(1), m.end(1)));
                sum = sum.add(value(m.group(1)));
            }
            if (numbers.size() >= 2 && sum.compareTo(BigDecimal.valueOf(85)) >= 0
                    && sum.compareTo(BigDecimal.valueOf(100)) <= 0) {
                enumerations.add(numbers);
            }
        }
        if (enumerations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(raise(article, enumerations.get(random.nextInt(enumerations.size())), random));
    }

    private Plant raise(Article article, List<Span> numbers, Random random) {
        String text = article.text();
        BigDecimal sum = BigDecimal.ZERO;
        for (Span n : numbers) {
            sum = sum.add(value(n.of(text)));
        }
        Span chosen = numbers.get(random.nextInt(numbers.size()));
        String old = chosen.of(text);
        BigDecimal raised = value(old).add(BigDecimal.valueOf(100).subtract(sum)).add(BigDecimal.valueOf(5 + random.nextInt(11)));
        String written = write(raised, old);
        BigDecimal newSum = sum.subtract(value(old)).add(raised);
        List<String> parts = new ArrayList<>();
        for (Span n : numbers) {
            parts.add(n == chosen ? written : n.of(text));
        }
        Matcher percent = PERCENT.matcher(text).region(chosen.start(), text.length());
        int percentEnd = percent.lookingAt() ? percent.end() : chosen.end();
        String note = String.format("Shares of one whole in this sentence (%s) now add up to %s %%, past 100 %% (they added up to %s).",
                String.join(" + ", parts), newSum.stripTrailingZeros().toPlainString(), sum.stripTrailingZeros().toPlainString());
        return Plant.ofNewText(text, category(), kind(), chosen.start(), chosen.end(), written,
                new Span(chosen.start(), percentEnd - old.length() + written.length()), note);
    }

    static BigDecimal value(String number) {
        return new BigDecimal(number.replace(',', '.'));
    }

    /** The value written like {@code model}: as many decimals, and its decimal separator. */
    static String write(BigDecimal value, String model) {
        int dot = Math.max(model.indexOf('.'), model.indexOf(','));
        int decimals = dot < 0 ? 0 : model.length() - dot - 1;
        String out = value.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        return dot < 0 ? out : out.replace('.', model.charAt(dot));
    }
}
