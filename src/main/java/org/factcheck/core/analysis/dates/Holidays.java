package org.factcheck.core.analysis.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.compare.Calendars;
import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * Named holidays with the date the draft gives them ("Thanksgiving (27 novembre)", "Noël, le 25 décembre"), read on
 * the calendar of the sentence's country ("Canadian Thanksgiving"), else of the draft's when it names one country,
 * else the holiday's own. Word lists: {@code holidays}, {@code holiday-calendars}, {@code nationalities},
 * {@code date-links}.
 */
final class Holidays {
    private record HolidayName(String key, String calendar, int offset) {
    }

    private static final Pattern HEAD = Pattern.compile("([^@]+)@([a-z/]+)([+-]\\d+)?");

    private final Map<String, HolidayName> holidays = new HashMap<>();
    private final Map<String, String> calendarWords = new HashMap<>();
    private final Map<String, Pattern> countryWords = new HashMap<>();
    private final Pattern holiday;
    private final Pattern calendarWord;
    private final Pattern dateAfter;

    Holidays(Lexicon lexicon) {
        lexicon.heads("holidays").forEach((w, head) -> holidays.put(TextFold.foldInPlace(w), holidayName(head)));
        lexicon.heads("holiday-calendars").forEach((w, head) -> calendarWords.put(TextFold.foldInPlace(w), head));
        Map<String, List<String>> byCountry = new HashMap<>();
        lexicon.heads("nationalities").forEach((w, head) ->
                byCountry.computeIfAbsent(head, k -> new ArrayList<>()).add(TextFold.foldInPlace(w)));
        byCountry.forEach((code, words) -> countryWords.put(code,
                Pattern.compile("(?<![\\p{L}])(" + Patterns.alternation(words) + ")(?![\\p{L}])")));
        String w = "(?<![\\p{L}\\d])";
        String e = "(?![\\p{L}\\d])";
        holiday = holidays.isEmpty() ? null : Pattern.compile(w + "(" + Patterns.alternation(holidays.keySet()) + ")" + e);
        calendarWord = calendarWords.isEmpty() ? null
                : Pattern.compile(w + "(" + Patterns.alternation(calendarWords.keySet()) + ")" + e);
        dateAfter = Pattern.compile("\\s*\\(\\s*|,?\\s+(?:" + Patterns.alternation(lexicon.list("date-links")) + ")\\s+");
    }

    private static HolidayName holidayName(String head) {
        Matcher m = HEAD.matcher(head.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("holidays: '" + head + "' is not KEY@calendar[+N|-N]");
        }
        return new HolidayName(m.group(1), m.group(2), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /**
     * The calendar of the country the draft is about, or null: a country is the draft's when two sentences or more
     * name it; one sentence ("Canadian Thanksgiving") speaks only for itself.
     */
    String draftCalendar(AnnotatedText annotated) {
        String calendar = null;
        int naming = 0;
        for (AnnotatedText.TextSentence s : annotated.sentences()) {
            String c = calendarIn(annotated.folded().substring(s.span().start(), s.span().end()));
            if (c != null) {
                calendar = calendar == null ? c : calendar;
                naming++;
            }
        }
        return naming < 2 ? null : calendar;
    }

    /** The holidays of the sentence, each taking the date written right after it in place of that date. */
    void find(SentenceScan s, String draftCalendar, String draftFolded) {
        if (holiday == null) {
            return;
        }
        Matcher m = holiday.matcher(s.folded);
        while (m.find()) {
            if (insideLongerName(s.text, draftFolded, s.from + m.start())) {
                continue; // "Holocaust Memorial Day" is not Memorial Day
            }
            HolidayName h = holidays.get(m.group(1).replaceAll("\\s+", " "));
            String here = calendarIn(s.folded);
            String calendar = h.calendar();
            int year = s.reference.getYear();
            if (here != null && Calendars.has(h.key(), here, year)) {
                calendar = here;
            } else if (draftCalendar != null && !names(draftFolded, h.calendar()) && Calendars.has(h.key(), draftCalendar, year)) {
                calendar = draftCalendar;
            }
            DateMention given = dateAfter(s, s.from + m.end());
            if (given != null && given.day() != null) {
                s.found.remove(given);
                int end = given.span().end();
                if (end < s.text.length() && s.text.charAt(end) == ')' && s.text.charAt(s.from + m.end()) != ',') {
                    end++; // "Thanksgiving (27 novembre)"
                }
                s.found.add(new DateMention(0, Span.of(s.text, s.from + m.start(), end), DateKind.HOLIDAY,
                        given.date(), null, given.day(), given.month(), given.year(), given.yearGiven(), given.weekday(),
                        h.key(), calendar, h.offset(), s.text.substring(s.from + m.start(), s.from + m.end()),
                        given.impossible(), given.resolution(), s.sentence, false));
            }
        }
    }

    /** The calendar the first calendar word of {@code folded} sets ("canada" sets ca/on), or null. */
    private String calendarIn(String folded) {
        if (calendarWord == null) {
            return null;
        }
        Matcher m = calendarWord.matcher(folded);
        return m.find() ? calendarWords.get(m.group(1).replaceAll("\\s+", " ")) : null;
    }

    /** Whether the text names the country of {@code calendar} (its words in the nationalities list). */
    private boolean names(String folded, String calendar) {
        Pattern p = countryWords.get(calendar.split("[/-]")[0].toUpperCase(Locale.ROOT));
        return p != null && p.matcher(folded).find();
    }

    /** A date right after a holiday's name: "Thanksgiving (27 novembre)", "Noël, le 25 décembre", "Easter on April 5". */
    private DateMention dateAfter(SentenceScan s, int at) {
        for (DateMention d : s.found) {
            if (d.span().start() >= at && d.span().start() - at <= 8 && d.kind() != DateKind.RANGE
                    && dateAfter.matcher(s.text.substring(at, d.span().start())).matches()) {
                return d;
            }
        }
        return null;
    }

    /**
     * Whether the word before {@code at} is a capitalized word of the same name, not the sentence's first nor a
     * calendar word.
     */
    private boolean insideLongerName(String text, String folded, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || !Character.isUpperCase(text.charAt(b)) || calendarWords.containsKey(folded.substring(b, e))) {
            return false; // "Canadian Thanksgiving" is Thanksgiving
        }
        int p = b;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p > 0 && ".!?\n«\"“(".indexOf(text.charAt(p - 1)) < 0;
    }
}
