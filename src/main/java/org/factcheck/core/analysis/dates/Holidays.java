package org.factcheck.core.analysis.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.compare.Calendars;
import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * Named holidays with the date the draft gives them ("Thanksgiving (27 novembre)", "Noël, le 25 décembre"), read on
 * the calendar of the sentence's country ("Canadian Thanksgiving"), else of the draft's when it names one country,
 * else the holiday's own. Word lists: {@code holidays}, {@code holiday-calendars}, {@code nationalities},
 * {@code date-links} and {@code holiday-links} (the words that may stand between a holiday and its date),
 * {@code holiday-offsets} (the words before a holiday that move the day: "la veille de").
 */
final class Holidays {
    private record HolidayName(String key, String calendar, int offset) {
    }

    private static final Pattern HEAD = Pattern.compile("([^@]+)@([a-z/]+)([+-]\\d+)?");
    /** A word of the gap between a holiday and its date, with its elision ("l'"). */
    private static final Pattern GAP_WORD = Pattern.compile("[\\p{L}]+['’]?");
    /** What no gap between a holiday and its date holds: a figure or the end of a clause. */
    private static final Pattern GAP_BREAK = Pattern.compile("[\\d.;!?:]");
    /** A date before its holiday is set off from it: "Monday, May 27, Memorial Day", "27 mai (Ascension)". */
    private static final Pattern BEFORE = Pattern.compile("\\s*[,(–—-]");

    private final Map<String, HolidayName> holidays = new HashMap<>();
    private final Map<String, String> calendarWords = new HashMap<>();
    private final Map<String, Pattern> countryWords = new HashMap<>();
    private final GatedPattern holiday;
    private final GatedPattern calendarWord;
    private final Set<String> links = new HashSet<>();
    private final Set<String> offsets;

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
        holiday = holidays.isEmpty() ? null : GatedPattern.compile(w + "(" + Patterns.alternation(holidays.keySet()) + ")" + e);
        calendarWord = calendarWords.isEmpty() ? null
                : GatedPattern.compile(w + "(" + Patterns.alternation(calendarWords.keySet()) + ")" + e);
        links.addAll(lexicon.folded("date-links"));
        links.addAll(lexicon.folded("holiday-links"));
        offsets = lexicon.folded("holiday-offsets");
    }

    /** The countries of the calendars the {@code holidays} list names, its heads well formed or not. */
    static Set<String> countries(Lexicon lexicon) {
        Set<String> countries = new TreeSet<>();
        for (String head : lexicon.heads("holidays").values()) {
            Matcher m = HEAD.matcher(head.strip());
            if (m.matches()) {
                countries.add(m.group(2).split("/")[0]);
            }
        }
        return countries;
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
            DateMention given = shifted(s.folded.substring(0, m.start())) ? null
                    : dateOf(s, s.from + m.start(), s.from + m.end());
            if (given != null) {
                s.found.remove(given);
                int start = Math.min(given.span().start(), s.from + m.start());
                int end = Math.max(given.span().end(), s.from + m.end());
                if (end < s.text.length() && s.text.charAt(end) == ')' && s.text.charAt(s.from + m.end()) != ',') {
                    end++; // "Thanksgiving (27 novembre)"
                }
                s.found.add(new DateMention(0, Span.of(s.text, start, end), DateKind.HOLIDAY,
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

    /**
     * The date the sentence gives the holiday at {@code start..end}: the first after it ("Thanksgiving (27 novembre)",
     * "l'Ascension, qui tombe cette année le jeudi 13 mai", "Easter on April 5") or, without one, the last before it
     * ("Monday, May 27, Memorial Day"), with nothing between them but linking words (date-links, holiday-links) and
     * punctuation: no figure, no other holiday, no word that moves the day ("la veille de", "two days after").
     */
    private DateMention dateOf(SentenceScan s, int start, int end) {
        DateMention before = null;
        // In text order: the scan's passes (absolute dates, relative dates, spans of a month) each append their own.
        List<DateMention> inOrder = new ArrayList<>(s.found);
        inOrder.sort(Comparator.comparingInt(d -> d.span().start()));
        for (DateMention d : inOrder) {
            if (d.kind() == DateKind.RANGE || d.day() == null) {
                continue;
            }
            if (d.span().start() >= end) {
                return linked(s.text.substring(end, d.span().start())) ? d : before;
            }
            if (d.span().end() <= start) {
                String gap = s.text.substring(d.span().end(), start);
                before = BEFORE.matcher(gap).lookingAt() && linked(gap) ? d : null;
            }
        }
        return before;
    }

    /**
     * Whether the words right before a holiday's name move the day away from it ("la veille de Noël", "two days
     * after Easter"): then the date beside it is not the holiday's (holiday-offsets, among the three words before).
     */
    private boolean shifted(String foldedBefore) {
        Matcher w = GAP_WORD.matcher(foldedBefore.substring(Math.max(0, foldedBefore.length() - 40)));
        List<String> words = new ArrayList<>();
        while (w.find()) {
            words.add(w.group());
        }
        for (int i = Math.max(0, words.size() - 3); i < words.size(); i++) {
            if (offsets.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code gap} holds only linking words and punctuation, eight words at most. */
    private boolean linked(String gap) {
        if (gap.length() > 80 || GAP_BREAK.matcher(gap).find() || holiday.matcher(TextFold.fold(gap)).find()) {
            return false;
        }
        Matcher w = GAP_WORD.matcher(gap);
        int words = 0;
        while (w.find()) {
            if (++words > 8 || !links.contains(TextFold.fold(w.group()))) {
                return false;
            }
        }
        return true;
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
