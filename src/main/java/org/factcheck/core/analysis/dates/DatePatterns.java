package org.factcheck.core.analysis.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * The date patterns of one language, compiled once from its {@code date-patterns} templates and the word lists
 * their placeholders stand for ({@code months}, {@code weekdays}, {@code relative-dates}, {@code numbers},
 * {@code ordinal-suffixes}, {@code month-parts}, {@code clock-words}), with the tables that read what they match.
 * Every pattern runs on folded text and starts and ends at a word boundary.
 */
final class DatePatterns {
    private static final String BEFORE = "(?<![\\p{L}\\d])";
    private static final String AFTER = "(?![\\p{L}\\d])";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

    final Map<String, Integer> months;
    final Map<String, Integer> weekdays;
    final Map<String, Integer> numbers;
    final Map<String, Integer> parts;
    final Map<String, String> relative;
    final Map<String, String> tenseWords;
    final GatedPattern dayMonth;
    final GatedPattern monthDay;
    final GatedPattern range;
    final GatedPattern numeric;
    final GatedPattern numericElse;
    final GatedPattern iso = GatedPattern.compile(BEFORE + "(\\d{4})-(\\d{2})-(\\d{2})" + AFTER);
    final GatedPattern today;
    final GatedPattern partOfMonth;
    final GatedPattern monthYear;
    final GatedPattern duration;
    final GatedPattern weekdayRelative;
    final GatedPattern ago;
    final GatedPattern in;
    final GatedPattern fixedRelative;

    DatePatterns(Lexicon lexicon) {
        months = heads(lexicon, "months", Integer::valueOf);
        weekdays = heads(lexicon, "weekdays", Integer::valueOf);
        numbers = heads(lexicon, "numbers", Integer::valueOf);
        parts = heads(lexicon, "month-parts", Integer::valueOf);
        relative = heads(lexicon, "relative-dates", head -> head);
        tenseWords = heads(lexicon, "tense-words", head -> head);
        Map<String, String> slots = slots(lexicon);
        Map<String, String> templates = new HashMap<>();
        lexicon.heads("date-patterns").forEach((template, name) -> templates.put(name, template));
        dayMonth = compile(templates, "day-month", slots, true);
        monthDay = compile(templates, "month-day", slots, false);
        range = compile(templates, "range", slots, true);
        numeric = compile(templates, "numeric", slots, true);
        numericElse = compile(templates, "numeric-else", slots, false);
        today = compile(templates, "today", slots, true);
        partOfMonth = compile(templates, "part-of-month", slots, true);
        monthYear = compile(templates, "month-year", slots, true);
        duration = compile(templates, "duration", slots, true);
        weekdayRelative = compile(templates, "weekday-relative", slots, true);
        ago = compile(templates, "ago", slots, true);
        in = compile(templates, "in", slots, true);
        fixedRelative = GatedPattern.compile(BEFORE + "(" + words(r -> r.startsWith("day:") || r.startsWith("week:")
                || r.startsWith("month:") || r.startsWith("year:") || r.startsWith("yearend:")) + ")" + AFTER);
    }

    /** The folded forms of list {@code name}, each with what its line's head means; read-only. */
    private static <T> Map<String, T> heads(Lexicon lexicon, String name, Function<String, T> meaning) {
        Map<String, T> out = new HashMap<>();
        lexicon.heads(name).forEach((form, head) -> out.put(TextFold.foldInPlace(form), meaning.apply(head)));
        return Map.copyOf(out);
    }

    /** What each placeholder of a template stands for: a named group, ending at a word boundary but {part}. */
    private Map<String, String> slots(Lexicon lexicon) {
        String day = "\\d{1,2})(?:" + folded(lexicon, "ordinal-suffixes") + ")?" + AFTER;
        String number = "\\d{1,3}|" + Patterns.alternation(numbers.keySet());
        Map<String, String> s = new HashMap<>();
        s.put("weekday", group("weekday", Patterns.alternation(weekdays.keySet())));
        s.put("month", group("month", Patterns.alternation(months.keySet())));
        s.put("day", "(?<day>" + day);
        s.put("lastday", "(?<lastday>" + day);
        s.put("year", "(?<year>\\d{4})(?!\\s*(?:" + folded(lexicon, "clock-words") + ")(?![\\p{L}]))" + AFTER);
        s.put("dd", group("dd", "\\d{1,2}"));
        s.put("mm", group("mm", "\\d{1,2}"));
        s.put("yyyy", group("yyyy", "\\d{4}"));
        s.put("number", group("number", number));
        s.put("unit", group("unit", words(r -> r.startsWith("unit:"))));
        s.put("dayunit", group("dayunit", words(r -> r.equals("unit:day"))));
        s.put("before", group("before", words(r -> r.equals("before"))));
        s.put("after", group("after", words(r -> r.equals("after"))));
        s.put("which", group("which", words(r -> r.startsWith("weekday:"))));
        s.put("today", group("today", words(r -> r.equals("day:0"))));
        s.put("part", "(?<part>" + Patterns.alternation(parts.keySet()) + ")");
        return s;
    }

    private static String group(String name, String alternation) {
        return "(?<" + name + ">" + alternation + ")" + AFTER;
    }

    private static String folded(Lexicon lexicon, String list) {
        return Patterns.alternation(lexicon.list(list).stream().map(TextFold::foldInPlace).toList());
    }

    /** The template {@code name} compiled, or null when the language has none and need not. */
    private static GatedPattern compile(Map<String, String> templates, String name, Map<String, String> slots, boolean required) {
        String template = templates.get(name);
        if (template == null) {
            if (required) {
                throw new IllegalArgumentException("date-patterns: no pattern '" + name + "'");
            }
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slot = slots.get(m.group(1));
            if (slot == null) {
                throw new IllegalArgumentException("date-patterns: " + name + ": no placeholder {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(slot));
        }
        m.appendTail(out);
        return GatedPattern.compile(BEFORE + out + AFTER);
    }

    /** The alternation of the relative words whose meaning passes {@code test}. */
    private String words(Predicate<String> test) {
        List<String> out = new ArrayList<>();
        relative.forEach((w, meaning) -> {
            if (test.test(meaning)) {
                out.add(w);
            }
        });
        return Patterns.alternation(out);
    }

    /** The month a matched month name stands for. */
    int month(String name) {
        return months.get(name.replaceAll("\\s+", " "));
    }

    /** A number written in digits or in words, or null. */
    Integer number(String written) {
        return written.matches("\\d+") ? Integer.valueOf(written) : numbers.get(written);
    }

    /** The meaning of a relative word ("day:-1", "unit:week", "weekday:last"), or null. */
    String meaning(String word) {
        return relative.get(word.replaceAll("\\s+", " "));
    }

    /** -1 when the folded sentence has past words only, 1 when it has future words only, else 0. */
    int tenseOf(String folded) {
        boolean past = false;
        boolean future = false;
        for (int i = 0, n = folded.length(); i < n; ) {
            int start = i;
            while (i < n && Character.isLetter(folded.codePointAt(i))) {
                i += Character.charCount(folded.codePointAt(i));
            }
            if (i > start) {
                String t = tenseWords.get(folded.substring(start, i));
                past |= "past".equals(t);
                future |= "future".equals(t);
            } else {
                i += Character.charCount(folded.codePointAt(i));
            }
        }
        return past == future ? 0 : past ? -1 : 1;
    }
}
