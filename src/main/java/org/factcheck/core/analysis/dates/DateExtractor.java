package org.factcheck.core.analysis.dates;

import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.compare.Calendars;
import org.factcheck.core.lang.Lexicon;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Sentence;
import org.factcheck.core.facts.Span;

/**
 * Finds the dates of a draft and resolves them against the reference date: day and month with or without the year
 * ("27 novembre 2025", "le 1er mai", "Nov. 27", "November 27th, 2025"), numeric dates ("27/11/2025",
 * "2025-11-27"), a weekday with its date ("mercredi 26 novembre", "Thursday, Nov. 27"), ranges ("du 3 au 5 mai"),
 * named holidays with the date the draft gives them ("Thanksgiving (27 novembre)"), and today with its weekday
 * ("aujourd'hui mercredi", "today, Wednesday"). A date without its year takes the year that puts it nearest the
 * reference date, or, with a weekday, the nearest year where that weekday fits.
 *
 * <p>Word lists, from {@code rules/<language>/}: {@code months}, {@code weekdays}, {@code holidays},
 * {@code holiday-calendars}. The patterns run on a folded copy of each sentence (lower case, accents removed, one
 * character for one), so offsets stay those of the text.
 */
public final class DateExtractor {
    private record HolidayName(String key, String calendar, int offset) {
    }

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, HolidayName> holidays = new HashMap<>();
    private final Map<String, String> calendarWords = new HashMap<>();
    private final boolean french;
    private final Pattern dayMonth;
    private final Pattern monthDay;
    private final Pattern numeric;
    private final Pattern iso;
    private final Pattern range;
    private final Pattern holiday;
    private final Pattern today;
    private final Pattern calendarWord;
    private final Map<String, Pattern> countryWords = new HashMap<>();
    private final Map<String, String> relative = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, String> tenseWords = new HashMap<>();
    private final Pattern fixedRelative;
    private final Pattern partOfMonth;
    private final Pattern duration;
    private final Pattern monthYear;
    private final Pattern weekdayRelative;
    private final Pattern agoRelative;
    private final Pattern inRelative;

    public DateExtractor(Lexicon lexicon) {
        french = "fr".equals(lexicon.language());
        lexicon.heads("months").forEach((w, head) -> months.put(TextFold.foldInPlace(w), Integer.parseInt(head)));
        lexicon.heads("weekdays").forEach((w, head) -> weekdays.put(TextFold.foldInPlace(w), Integer.parseInt(head)));
        lexicon.heads("holidays").forEach((w, head) -> holidays.put(TextFold.foldInPlace(w), holidayName(head)));
        lexicon.heads("holiday-calendars").forEach((w, head) -> calendarWords.put(TextFold.foldInPlace(w), head));
        Map<String, List<String>> byCountry = new HashMap<>();
        lexicon.heads("nationalities").forEach((w, head) -> byCountry.computeIfAbsent(head, k -> new ArrayList<>()).add(TextFold.foldInPlace(w)));
        byCountry.forEach((code, words) -> countryWords.put(code,
                Pattern.compile("(?<![\\p{L}])(" + Patterns.alternation(words) + ")(?![\\p{L}])")));
        lexicon.heads("relative-dates").forEach((w, head) -> relative.put(TextFold.foldInPlace(w), head));
        lexicon.heads("tense-words").forEach((w, head) -> tenseWords.put(TextFold.foldInPlace(w), head));
        lexicon.heads("numbers").forEach((w, head) -> numbers.put(TextFold.foldInPlace(w), Integer.parseInt(head)));
        String month = Patterns.alternation(months.keySet());
        String weekday = Patterns.alternation(weekdays.keySet());
        String day = "(\\d{1,2})(?:er|re|st|nd|rd|th)?";
        String year = "(\\d{4})(?!\\s*(?:gmt|bst|utc|cet|et|pt|h|heures?)(?![\\p{L}]))"; // 2000 GMT is a time
        String w = "(?<![\\p{L}\\d])";
        String e = "(?![\\p{L}\\d])";
        dayMonth = Pattern.compile(w + "(?:(" + weekday + ")" + e + ",?\\s+)?(?:the\\s+)?" + day + "(?:\\s+of)?\\s+(" + month
                + ")" + e + "(?:,?\\s+" + year + e + ")?");
        monthDay = Pattern.compile(w + "(?:(" + weekday + ")" + e + ",?\\s+)?(" + month + ")" + e + "\\s+" + day + e
                + "(?:,?\\s+" + year + e + ")?");
        numeric = Pattern.compile(w + "(\\d{1,2})/(\\d{1,2})/(\\d{4})" + e);
        iso = Pattern.compile(w + "(\\d{4})-(\\d{2})-(\\d{2})" + e);
        range = Pattern.compile(w + (french ? "du\\s+" + day + "\\s+au\\s+" + day : "from\\s+" + day + "\\s+to\\s+" + day)
                + "\\s+(" + month + ")" + e + "(?:\\s+" + year + e + ")?");
        holiday = holidays.isEmpty() ? null : Pattern.compile(w + "(" + Patterns.alternation(holidays.keySet()) + ")" + e);
        today = Pattern.compile(w + (french ? "aujourd'hui" : "today") + ",?\\s+(" + weekday + ")" + e);
        String fixed = words(r -> r.startsWith("day:") || r.startsWith("week:") || r.startsWith("month:") || r.startsWith("year:")
                || r.startsWith("yearend:"));
        String units = words(r -> r.startsWith("unit:"));
        String num = "(\\d{1,3}|" + Patterns.alternation(numbers.keySet()) + ")";
        fixedRelative = Pattern.compile(w + "(" + fixed + ")" + e);
        partOfMonth = Pattern.compile(w + (french ? "(debut|mi|fin)" : "(early|mid|late)") + "[- ]?(" + month + ")" + e
                + "(?:,?\\s+" + year + e + ")?");
        duration = Pattern.compile(w + num + "[- ](" + words(r -> r.equals("unit:day")) + ")" + e);
        monthYear = Pattern.compile(w + "(" + month + ")" + e + ",?\\s+" + year + e);
        weekdayRelative = Pattern.compile(french ? w + "(" + weekday + ")\\s+(" + words(r -> r.startsWith("weekday:")) + ")" + e
                : w + "(" + words(r -> r.startsWith("weekday:")) + ")\\s+(" + weekday + ")" + e);
        agoRelative = Pattern.compile(french ? w + "(?:" + words(r -> r.equals("before")) + ")\\s+" + num + "\\s+(" + units + ")" + e
                : w + num + "\\s+(" + units + ")\\s+(?:" + words(r -> r.equals("before")) + ")" + e);
        inRelative = Pattern.compile(w + "(?:" + words(r -> r.equals("after")) + ")\\s+" + num + "\\s+(" + units + ")" + e);
        calendarWord = calendarWords.isEmpty() ? null : Pattern.compile(w + "(" + Patterns.alternation(calendarWords.keySet()) + ")" + e);
    }

    /** The alternation of the relative words whose meaning passes {@code test}. */
    private String words(java.util.function.Predicate<String> test) {
        List<String> out = new ArrayList<>();
        relative.forEach((w, meaning) -> {
            if (test.test(meaning)) {
                out.add(w);
            }
        });
        return Patterns.alternation(out);
    }

    private static HolidayName holidayName(String head) {
        Matcher m = Pattern.compile("([^@]+)@([a-z/]+)([+-]\\d+)?").matcher(head.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("holidays: '" + head + "' is not KEY@calendar[+N|-N]");
        }
        return new HolidayName(m.group(1), m.group(2), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }



    public List<DateMention> extract(String text, List<Sentence> sentences, LocalDate reference) {
        String folded = TextFold.foldInPlace(text);
        // The draft is about a country when two sentences or more name it; one sentence ("Canadian Thanksgiving")
        // speaks only for itself.
        String draftCalendar = null;
        int naming = 0;
        for (Sentence s : sentences) {
            String c = calendarIn(folded.substring(s.span().start(), s.span().end()));
            if (c != null) {
                draftCalendar = draftCalendar == null ? c : draftCalendar;
                naming++;
            }
        }
        if (naming < 2) {
            draftCalendar = null;
        }
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            int from = s.span().start();
            String f = folded.substring(from, s.span().end());
            int tense = tenseOf(f);
            List<int[]> taken = new ArrayList<>();
            List<DateMention> found = new ArrayList<>();
            // Most sentences have no digit, hence no written date: only the word patterns run on them.
            boolean digits = false;
            for (int k = 0; k < f.length() && !digits; k++) {
                digits = f.charAt(k) >= '0' && f.charAt(k) <= '9';
            }
            Matcher m = range.matcher(digits ? f : "");
            while (m.find()) {
                int mo = months.get(m.group(3).replaceAll("\\s+", " "));
                Integer y = m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
                DateMention a = resolve(text, from + m.start(), from + m.end(), DateKind.RANGE, Integer.parseInt(m.group(1)), mo, y, null, reference, s.index(), tense);
                if (a.date() != null) {
                    LocalDate end = safeDate(a.year(), mo, Integer.parseInt(m.group(2)));
                    a = new DateMention(0, a.span(), DateKind.RANGE, a.date(), end, a.day(), mo, a.year(), a.yearGiven(), null,
                            null, null, 0, null, end == null, a.resolution(), s.index());
                }
                found.add(a);
                taken.add(new int[] {m.start(), m.end()});
            }
            m = dayMonth.matcher(digits ? f : "");
            while (m.find()) {
                if (Patterns.overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                Integer wd = m.group(1) != null ? weekdays.get(m.group(1)) : null;
                int mo = months.get(m.group(3).replaceAll("\\s+", " "));
                Integer y = m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
                found.add(resolve(text, from + m.start(), from + m.end(), DateKind.DATE, Integer.parseInt(m.group(2)), mo, y, wd, reference, s.index(), tense));
                taken.add(new int[] {m.start(), m.end()});
            }
            if (!french) {
                m = monthDay.matcher(digits ? f : "");
                while (m.find()) {
                    if (Patterns.overlaps(taken, m.start(), m.end())) {
                        continue;
                    }
                    Integer wd = m.group(1) != null ? weekdays.get(m.group(1)) : null;
                    int mo = months.get(m.group(2).replaceAll("\\s+", " "));
                    Integer y = m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
                    found.add(resolve(text, from + m.start(), from + m.end(), DateKind.DATE, Integer.parseInt(m.group(3)), mo, y, wd, reference, s.index(), tense));
                    taken.add(new int[] {m.start(), m.end()});
                }
            }
            m = iso.matcher(digits ? f : "");
            while (m.find()) {
                if (!Patterns.overlaps(taken, m.start(), m.end())) {
                    found.add(resolve(text, from + m.start(), from + m.end(), DateKind.DATE, Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(2)), Integer.valueOf(m.group(1)), null, reference, s.index(), tense));
                    taken.add(new int[] {m.start(), m.end()});
                }
            }
            m = numeric.matcher(digits ? f : "");
            while (m.find()) {
                if (Patterns.overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                // French writes day/month; English text may be either: month/day unless that cannot be.
                boolean dayFirst = french || a > 12;
                int d = dayFirst ? a : b;
                int mo = dayFirst ? b : a;
                if (mo >= 1 && mo <= 12) {
                    found.add(resolve(text, from + m.start(), from + m.end(), DateKind.DATE, d, mo, Integer.valueOf(m.group(3)), null, reference, s.index(), tense));
                }
                taken.add(new int[] {m.start(), m.end()});
            }
            m = today.matcher(f);
            while (m.find()) {
                Integer wd = weekdays.get(m.group(1));
                found.add(new DateMention(0, Span.of(text, from + m.start(), from + m.end()), DateKind.TODAY, reference, null,
                        null, null, reference.getYear(), false, wd, null, null, 0, null, false, "reference date", s.index()));
            }
            for (DateMention t : found) {
                if (DateKind.TODAY.equals(t.kind())) {
                    taken.add(new int[] {t.span().start() - from, t.span().end() - from});
                }
            }
            relatives(text, f, from, reference, s.index(), taken, found);
            durations(text, f, from, s.index(), found);
            monthSpans(text, f, from, reference, s.index(), taken, found);
            if (holiday != null) {
                m = holiday.matcher(f);
                while (m.find()) {
                    if (insideLongerName(text, from + m.start())) {
                        continue; // "Holocaust Memorial Day" is not Memorial Day
                    }
                    HolidayName h = holidays.get(m.group(1).replaceAll("\\s+", " "));
                    // The country of the sentence ("Canadian Thanksgiving"), else the draft's when it names only
                    // that one, else the holiday's own.
                    String here = calendarIn(f);
                    String calendar = h.calendar();
                    if (here != null && Calendars.has(h.key(), here, reference.getYear())) {
                        calendar = here;
                    } else if (draftCalendar != null && !names(folded, h.calendar())
                            && Calendars.has(h.key(), draftCalendar, reference.getYear())) {
                        calendar = draftCalendar;
                    }
                    DateMention given = dateAfter(found, text, from + m.end());
                    if (given != null && given.day() != null) {
                        found.remove(given);
                        int end = given.span().end();
                        if (end < text.length() && text.charAt(end) == ')' && text.charAt(from + m.end()) != ',') {
                            end++; // "Thanksgiving (27 novembre)"
                        }
                        found.add(new DateMention(0, Span.of(text, from + m.start(), end), DateKind.HOLIDAY,
                                given.date(), null, given.day(), given.month(), given.year(), given.yearGiven(),
                                given.weekday(), h.key(), calendar, h.offset(), text.substring(from + m.start(), from + m.end()),
                                given.impossible(), given.resolution(), s.index()));
                    }
                }
            }
            out.addAll(found);
        }
        out.sort(Comparator.comparingInt(d -> d.span().start()));
        List<DateMention> numbered = new ArrayList<>(out.size());
        for (DateMention d : out) {
            numbered.add(new DateMention(numbered.size(), d.span(), d.kind(), d.date(), d.end(), d.day(), d.month(),
                    d.year(), d.yearGiven(), d.weekday(), d.holiday(), d.calendar(), d.offset(), d.holidayName(),
                    d.impossible(), d.resolution(), d.sentence()));
        }
        return numbered;
    }

    /**
     * The date of a dateline at the head of the draft ("PARIS, 26 juin (AFP) -", "26 juin 2012. -",
     * "WASHINGTON, Nov. 24 (Reuters) -"), its year taken nearest {@code today} when not written; null when the draft
     * opens without one.
     */
    public LocalDate dateline(String text, LocalDate today) {
        String head = TextFold.foldInPlace(text.substring(0, Math.min(text.length(), 400)));
        Pattern line = Pattern.compile("(?m)^(?:[\\p{L}' .-]{2,40},\\s*)?(?:le\\s+)?(.{4,40}?)(?:\\s*\\([^)]{1,30}\\))?\\s*[.,]?\\s*[-\u2013\u2014]");
        Matcher m = line.matcher(head);
        for (int tries = 0; m.find() && tries < 3; tries++) {
            String candidate = m.group(1);
            for (Pattern p : new Pattern[] {dayMonth, monthDay, iso, numeric}) {
                Matcher d = p.matcher(candidate);
                if (d.matches()) {
                    List<Sentence> one = List.of(new Sentence(0, 0, Span.of(candidate, 0, candidate.length()), candidate, 1));
                    List<DateMention> found = extract(candidate, one, today);
                    if (!found.isEmpty() && found.get(0).date() != null) {
                        return found.get(0).date();
                    }
                }
            }
        }
        return null;
    }

    /** Relative dates, each resolved to the span of days it allows. */
    private void relatives(String text, String f, int from, LocalDate ref, int sentence, List<int[]> taken,
                           List<DateMention> found) {
        Matcher m = agoRelative.matcher(f);
        while (m.find()) {
            addRelative(text, from, m, ref, -1, m.group(1), m.group(2), sentence, taken, found);
        }
        m = inRelative.matcher(f);
        while (m.find()) {
            addRelative(text, from, m, ref, 1, m.group(1), m.group(2), sentence, taken, found);
        }
        m = weekdayRelative.matcher(f);
        while (m.find()) {
            if (Patterns.overlaps(taken, m.start(), m.end())) {
                continue;
            }
            int wd = weekdays.get(french ? m.group(1) : m.group(2));
            boolean last = relative.get(french ? m.group(2) : m.group(1)).equals("weekday:last");
            LocalDate d = ref;
            do {
                d = d.plusDays(last ? -1 : 1);
            } while (d.getDayOfWeek().getValue() != wd);
            found.add(relativeMention(text, from, m, d, d, last ? "the last such weekday before the reference date"
                    : "the next such weekday after the reference date", sentence));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = fixedRelative.matcher(f);
        while (m.find()) {
            if (Patterns.overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String[] meaning = relative.get(m.group(1).replaceAll("\\s+", " ")).split(":");
            int n = Integer.parseInt(meaning[1]);
            LocalDate a;
            LocalDate b;
            switch (meaning[0]) {
                case "day" -> {
                    a = ref.plusDays(n);
                    b = a;
                }
                case "week" -> {
                    a = ref.plusWeeks(n).minusDays(ref.getDayOfWeek().getValue() - 1L);
                    b = a.plusDays(6);
                }
                case "month" -> {
                    a = ref.plusMonths(n).withDayOfMonth(1);
                    b = a.plusMonths(1).minusDays(1);
                }
                case "yearend" -> {
                    a = LocalDate.of(ref.getYear() + n, 12, 1);
                    b = LocalDate.of(ref.getYear() + n, 12, 31);
                }
                default -> {
                    a = LocalDate.of(ref.getYear() + n, 1, 1);
                    b = LocalDate.of(ref.getYear() + n, 12, 31);
                }
            }
            found.add(relativeMention(text, from, m, a, b, meaning[0] + " " + (n > 0 ? "+" : "") + n
                    + " from the reference date", sentence));
            taken.add(new int[] {m.start(), m.end()});
        }
    }

    /** Parts of a month ("fin novembre", "mid-November", "début mai 2026") and months of a year ("novembre 2025"). */
    private void monthSpans(String text, String f, int from, LocalDate ref, int sentence, List<int[]> taken,
                            List<DateMention> found) {
        Matcher m = partOfMonth.matcher(f);
        while (m.find()) {
            if (Patterns.overlaps(taken, m.start(), m.end())) {
                continue;
            }
            int mo = months.get(m.group(2).replaceAll("\\s+", " "));
            Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
            int year = y != null ? y : nearestYear(mo, 15, ref);
            int last = Calendars.monthLength(mo, year);
            int part = List.of("debut", "early").contains(m.group(1)) ? 0 : List.of("mi", "mid").contains(m.group(1)) ? 1 : 2;
            LocalDate a = LocalDate.of(year, mo, part == 0 ? 1 : part == 1 ? 11 : 21);
            LocalDate b = LocalDate.of(year, mo, part == 0 ? 10 : part == 1 ? 20 : last);
            found.add(new DateMention(0, Span.of(text, from + m.start(), from + m.end()), DateKind.RANGE, a, b, null, mo,
                    year, y != null, null, null, null, 0, null, false, y != null ? "year written"
                    : "year nearest the reference date", sentence));
            taken.add(new int[] {m.start(), m.end()});
        }
        m = monthYear.matcher(f);
        while (m.find()) {
            if (Patterns.overlaps(taken, m.start(), m.end())) {
                continue;
            }
            int mo = months.get(m.group(1).replaceAll("\\s+", " "));
            int year = Integer.parseInt(m.group(2));
            LocalDate a = LocalDate.of(year, mo, 1);
            found.add(new DateMention(0, Span.of(text, from + m.start(), from + m.end()), DateKind.RANGE, a,
                    a.withDayOfMonth(a.lengthOfMonth()), null, mo, year, true, null, null, null, 0, null, false,
                    "year written", sentence));
            taken.add(new int[] {m.start(), m.end()});
        }
    }

    /** -1 when the sentence has past words only, 1 when it has future words only, else 0. */
    private int tenseOf(String f) {
        boolean past = false;
        boolean future = false;
        for (String word : f.split("[^\\p{L}]+")) {
            String t = tenseWords.get(word);
            past |= "past".equals(t);
            future |= "future".equals(t);
        }
        return past == future ? 0 : past ? -1 : 1;
    }

    private static int nearestYear(int month, int day, LocalDate ref) {
        int best = ref.getYear();
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (Math.abs(LocalDate.of(y, month, day).toEpochDay() - ref.toEpochDay())
                    < Math.abs(LocalDate.of(best, month, day).toEpochDay() - ref.toEpochDay())) {
                best = y;
            }
        }
        return best;
    }

    /**
     * A number of days written beside a range, the duration it should last: "une grève de trois jours, du 3 au 5
     * mai", "a four-day festival from May 3 to 6". Kept as a mention of kind duration: the range, and the number of
     * days as {@code day}.
     */
    private void durations(String text, String f, int from, int sentence, List<DateMention> found) {
        Matcher m = duration.matcher(f);
        while (m.find()) {
            Integer n = m.group(1).matches("\\d+") ? Integer.valueOf(m.group(1)) : numbers.get(m.group(1));
            if (n == null) {
                continue;
            }
            for (DateMention r : List.copyOf(found)) {
                if (!DateKind.RANGE.equals(r.kind()) || r.date() == null || r.end() == null || r.day() == null) {
                    continue;
                }
                int gapAfter = r.span().start() - (from + m.end());
                int gapBefore = from + m.start() - r.span().end();
                if (gapAfter >= 0 && gapAfter <= 30 && !text.substring(from + m.end(), r.span().start()).matches(".*[.;].*")
                        || gapBefore >= 0 && gapBefore <= 12) {
                    Span span = Span.of(text, from + m.start(), from + m.end());
                    found.add(new DateMention(0, span, DateKind.DURATION, r.date(), r.end(), n, r.month(), r.year(),
                            r.yearGiven(), null, null, null, 0, null, false, n + " days, beside " + r.span().text(), sentence));
                    break;
                }
            }
        }
    }

    private void addRelative(String text, int from, Matcher m, LocalDate ref, int sign, String number, String unit,
                             int sentence, List<int[]> taken, List<DateMention> found) {
        if (Patterns.overlaps(taken, m.start(), m.end())) {
            return;
        }
        Integer n = number.matches("\\d+") ? Integer.valueOf(number) : numbers.get(number);
        String u = relative.get(unit);
        if (n == null || u == null) {
            return;
        }
        LocalDate center;
        int tolerance;
        switch (u) {
            case "unit:day" -> {
                center = ref.plusDays((long) sign * n);
                tolerance = 1;
            }
            case "unit:week" -> {
                center = ref.plusWeeks((long) sign * n);
                tolerance = 4;
            }
            case "unit:month" -> {
                center = ref.plusMonths((long) sign * n);
                tolerance = 10;
            }
            default -> {
                center = ref.plusYears((long) sign * n);
                tolerance = 62;
            }
        }
        found.add(relativeMention(text, from, m, center.minusDays(tolerance), center.plusDays(tolerance),
                n + " " + u.substring(5) + (n > 1 ? "s" : "") + (sign < 0 ? " before" : " after")
                        + " the reference date, give or take " + tolerance + " day" + (tolerance > 1 ? "s" : ""), sentence));
        taken.add(new int[] {m.start(), m.end()});
    }

    private static DateMention relativeMention(String text, int from, Matcher m, LocalDate a, LocalDate b,
                                               String how, int sentence) {
        return new DateMention(0, Span.of(text, from + m.start(), from + m.end()), DateKind.RELATIVE, a, b, null, null,
                a.getYear(), false, null, null, null, 0, null, false, how, sentence);
    }

    /**
     * The relative and absolute dates written side by side for one moment: "il y a deux jours, le 3 novembre",
     * "hier (3 novembre)", "yesterday, Nov. 3", "le 3 novembre, il y a trois semaines".
     */
    public static List<org.factcheck.core.facts.DatePair> pairs(String text, List<DateMention> dates) {
        List<org.factcheck.core.facts.DatePair> out = new ArrayList<>();
        for (int i = 0; i + 1 < dates.size(); i++) {
            DateMention a = dates.get(i);
            DateMention b = dates.get(i + 1);
            boolean aRel = DateKind.RELATIVE.equals(a.kind());
            boolean bRel = DateKind.RELATIVE.equals(b.kind());
            if (aRel == bRel || a.sentence() != b.sentence() || b.span().start() < a.span().end()) {
                continue;
            }
            DateMention abs = aRel ? b : a;
            if (!DateKind.DATE.equals(abs.kind()) && !DateKind.HOLIDAY.equals(abs.kind())) {
                continue;
            }
            String between = text.substring(a.span().end(), b.span().start());
            if (between.matches("\\s*,\\s*(le\\s+|on\\s+)?|\\s*\\(\\s*|\\s+(le|on)\\s+|\\s*[-–—]\\s*")) {
                out.add(new org.factcheck.core.facts.DatePair(aRel ? a.id() : b.id(), abs.id()));
            }
        }
        return out;
    }

    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:^|[\\s(])(?:le|la|les|l['’]|du|au|aux|des|the)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_BEFORE = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\d'’-]*(?:\\s+(?:(?:du|de|des|de la|of|the)\\s+)?\\p{Lu}[\\p{L}\\d'’-]*)*)"
                    + "\\s*(?:\\(\\s*|,?\\s+(?:le|on|du)\\s+)$");

    /**
     * Named events written with their date: a capitalized name right before a date in parentheses or after "le",
     * "on", "du" ("le sommet du G20 (15 novembre)", "the Web Summit on Nov. 11"). Weekday and month names are no
     * events.
     */
    public List<org.factcheck.core.facts.DateEvent> events(String text, List<DateMention> dates) {
        List<org.factcheck.core.facts.DateEvent> out = new ArrayList<>();
        for (DateMention d : dates) {
            if (!DateKind.DATE.equals(d.kind()) || d.date() == null) {
                continue;
            }
            int from = Math.max(0, d.span().start() - 80);
            Matcher m = EVENT_BEFORE.matcher(text.substring(from, d.span().start()));
            // The event's name follows an article: "au Sommet de Belém", "the Web Summit" ("à Paris le 3 mai" names a
            // place, "Paul Berger le 3 mai" a person).
            if (m.find() && ARTICLE_BEFORE.matcher(text.substring(from, from + m.start(1))).find()) {
                String name = m.group(1);
                String key = TextFold.foldInPlace(name).replaceAll("\\s+", " ");
                if (key.length() >= 3 && !weekdays.containsKey(key) && !months.containsKey(key)
                        && !key.startsWith("le ") && !key.startsWith("la ")) {
                    out.add(new org.factcheck.core.facts.DateEvent(d.id(), key,
                            Span.of(text, from + m.start(1), from + m.end(1))));
                }
            }
        }
        return out;
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
        Pattern p = countryWords.get(calendar.split("[/-]")[0].toUpperCase(java.util.Locale.ROOT));
        return p != null && p.matcher(folded).find();
    }

    /** A date right after a holiday's name: "Thanksgiving (27 novembre)", "Noël, le 25 décembre", "Easter on April 5". */
    private static DateMention dateAfter(List<DateMention> found, String text, int at) {
        for (DateMention d : found) {
            if (d.span().start() >= at && d.span().start() - at <= 8) {
                String between = text.substring(at, d.span().start());
                if (!DateKind.RANGE.equals(d.kind()) && between.matches("\\s*\\(\\s*|,?\\s+(le|on|the)\\s+")) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Whether the word before {@code at} is a capitalized word of the same name, not the sentence's first nor a
     * calendar word.
     */
    private boolean insideLongerName(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || !Character.isUpperCase(text.charAt(b)) || calendarWords.containsKey(TextFold.foldInPlace(text.substring(b, e)))) {
            return false; // "Canadian Thanksgiving" is Thanksgiving
        }
        int p = b;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p > 0 && ".!?\n«\"“(".indexOf(text.charAt(p - 1)) < 0;
    }


    private static LocalDate safeDate(Integer year, int month, int day) {
        try {
            return year == null ? null : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A day and month (and year, if written) as a date: the written year; else the year nearest the reference date;
     * with a weekday, the nearest year (within one) where the weekday fits, if any.
     */
    private DateMention resolve(String text, int start, int end, DateKind kind, int day, int month, Integer year,
                                Integer weekday, LocalDate reference, int sentence, int tense) {
        Span span = Span.of(text, start, end);
        if (month < 1 || month > 12 || day < 1) {
            return new DateMention(0, span, kind, null, null, day, month, year, year != null, weekday, null, null, 0,
                    null, true, "no such month or day", sentence);
        }
        if (year != null) {
            LocalDate d = safeDate(year, month, day);
            return new DateMention(0, span, kind, d, null, day, month, year, true, weekday, null, null, 0, null,
                    d == null, "year written", sentence);
        }
        if (day > Calendars.monthLength(month, null)) {
            return new DateMention(0, span, kind, null, null, day, month, null, false, weekday, null, null, 0, null,
                    true, "no such day in any year", sentence);
        }
        LocalDate best = null;
        String how = tense < 0 ? "nearest year before the reference date (past tense)"
                : tense > 0 ? "nearest year after the reference date (future tense)" : "year nearest the reference date";
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            // The tense keeps the date on its side of the reference date, with a week of slack.
            boolean fits = d != null && (tense == 0 || tense < 0 && !d.isAfter(reference.plusDays(7))
                    || tense > 0 && !d.isBefore(reference.minusDays(7)));
            if (fits && (best == null || Math.abs(d.toEpochDay() - reference.toEpochDay())
                    < Math.abs(best.toEpochDay() - reference.toEpochDay()))) {
                best = d;
            }
        }
        if (weekday != null && best != null && best.getDayOfWeek().getValue() != weekday) {
            LocalDate fitting = null;
            for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
                LocalDate d = safeDate(y, month, day);
                if (d != null && d.getDayOfWeek().getValue() == weekday && (fitting == null
                        || Math.abs(d.toEpochDay() - reference.toEpochDay()) < Math.abs(fitting.toEpochDay() - reference.toEpochDay()))) {
                    fitting = d;
                }
            }
            if (fitting != null && Math.abs(fitting.toEpochDay() - reference.toEpochDay()) <= 200) {
                best = fitting;
                how = "year fitting the weekday";
            }
        }
        if (best == null) { // 29 February with no leap year near
            return new DateMention(0, span, kind, null, null, day, month, reference.getYear(), false, weekday, null,
                    null, 0, null, false, "no such day near the reference date", sentence);
        }
        return new DateMention(0, span, kind, best, null, day, month, best.getYear(), false, weekday, null, null, 0,
                null, false, how, sentence);
    }
}
