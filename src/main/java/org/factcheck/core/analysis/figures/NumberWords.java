package org.factcheck.core.analysis.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * Reads a number written in words ("vingt-deux", "quatre-vingt-dix", "one hundred and twenty", "deux mille"): the
 * words of {@code numbers} add up, a hundred multiplies what comes before it, and a multiplier of
 * {@code multipliers} ("mille", "thousand") closes a group. Compound forms listed whole ("quatre-vingts",
 * "soixante-dix") are read before their parts. Immutable.
 */
final class NumberWords {
    private static final int HUNDRED = 100;
    /** What stands between the words of a number: spaces and hyphens ("twenty-one", "vingt et un"). */
    private static final Pattern APART = Pattern.compile("[\\s-]+");

    private final Map<String, Long> values = new HashMap<>();
    private final Set<String> joiners;
    private final int longest;
    /** The first parts of the number words, folded: what a number in words begins with. */
    private final Set<String> firsts = new HashSet<>();

    /** @param joiners the words that join the parts of a number ("et", "and") */
    NumberWords(Lexicon lexicon, Set<String> joiners) {
        lexicon.heads("numbers").forEach((form, head) -> values.put(form, Long.parseLong(head)));
        lexicon.heads("multipliers").forEach((form, head) -> {
            long v = Long.parseLong(head);
            if (v == 1000) {
                values.put(form, v); // "deux mille": a thousand is a word of a number; "millions" scale amounts
            }
        });
        this.joiners = Set.copyOf(joiners);
        longest = values.keySet().stream().mapToInt(f -> f.split("[\\s-]+").length).max().orElse(1);
        values.forEach((f, v) -> {
            if (v > 1) { // "un", "a": articles before they are numbers
                firsts.add(TextFold.fold(f.split("[\\s-]+")[0]));
            }
        });
    }

    /**
     * Whether a folded word begins a number in words above one ("vingt-deux", "quatre"): its first part is a number
     * word.
     */
    boolean starts(String folded) {
        int dash = folded.indexOf('-');
        return firsts.contains(dash < 0 ? folded : folded.substring(0, dash));
    }

    /** A pattern of a number in words: number words joined by spaces, hyphens and joining words. */
    String pattern() {
        String word = Patterns.alternation(values.keySet());
        String join = joiners.isEmpty() ? "" : "|" + Patterns.alternation(joiners);
        return "(?:" + word + ")(?:[\\s-]+(?:" + word + join + ")(?![\\p{L}\\d]))*";
    }

    /** The value of {@code words}, or null when they are not a number in words alone. */
    Long value(String words) {
        List<String> parts = List.of(APART.split(words.toLowerCase(Locale.ROOT).strip()));
        long total = 0;
        long group = 0;
        boolean any = false;
        int i = 0;
        while (i < parts.size()) {
            int taken = 0;
            Long v = null;
            for (int n = Math.min(longest, parts.size() - i); n >= 1 && v == null; n--) {
                v = values.get(String.join("-", parts.subList(i, i + n)));
                if (v == null) {
                    v = values.get(String.join(" ", parts.subList(i, i + n)));
                }
                taken = n;
            }
            if (v == null) {
                if (!any || !joiners.contains(parts.get(i)) || i + 1 == parts.size()) {
                    return null;
                }
                i++;
                continue;
            }
            any = true;
            if (v == HUNDRED) {
                group = Math.max(group, 1) * HUNDRED;
            } else if (v >= 1000) {
                total += Math.max(group, 1) * v;
                group = 0;
            } else {
                group += v;
            }
            i += taken;
        }
        return any ? total + group : null;
    }
}
