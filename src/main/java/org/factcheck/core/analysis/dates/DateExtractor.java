package org.factcheck.core.analysis.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.factcheck.core.facts.DateEvent;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;

/**
 * Finds the dates of a draft and resolves them against the reference date: day and month with or without the year
 * ("27 novembre 2025", "le 1er mai", "Nov. 27", "November 27th, 2025"), numeric dates ("27/11/2025",
 * "2025-11-27"), a weekday with its date ("mercredi 26 novembre", "Thursday, Nov. 27"), ranges ("du 3 au 5 mai"),
 * named holidays with the date the draft gives them ("Thanksgiving (27 novembre)"), and today with its weekday
 * ("aujourd'hui mercredi", "today, Wednesday"). A date without its year takes the year that puts it nearest the
 * reference date, or, with a weekday, the nearest year where that weekday fits.
 *
 * <p>Built once per language from its word lists and {@code date-patterns} (see {@link DatePatterns}); holds no
 * state of a draft. The patterns run on the annotated text's folded form, so offsets stay those of the text.
 */
public final class DateExtractor {
    private final DatePatterns patterns;
    private final AbsoluteDates absolute;
    private final RelativeDates relative;
    private final MonthSpans monthSpans;
    private final Holidays holidays;
    private final DateEvents events;
    private final Dateline dateline;

    /** The countries whose calendars the {@code holidays} word list names ({@code us} for "Thanksgiving@us"). */
    public static Set<String> holidayCountries(Lexicon lexicon) {
        return Holidays.countries(lexicon);
    }

    public DateExtractor(Lexicon lexicon) {
        patterns = new DatePatterns(lexicon);
        absolute = new AbsoluteDates(patterns);
        relative = new RelativeDates(patterns);
        monthSpans = new MonthSpans(patterns);
        holidays = new Holidays(lexicon);
        events = new DateEvents(lexicon, patterns);
        dateline = new Dateline(lexicon, patterns, this::scan);
    }

    /** The dates of the draft, numbered in text order, each marked when it stands right beside the one before. */
    public List<DateMention> extract(AnnotatedText annotated, LocalDate reference) {
        String text = annotated.text();
        String folded = annotated.folded();
        String draftCalendar = holidays.draftCalendar(annotated);
        List<DateMention> out = new ArrayList<>();
        for (AnnotatedText.TextSentence s : annotated.sentences()) {
            SentenceScan scan = scan(text, folded, s.span().start(), s.span().end(), s.index(), reference);
            holidays.find(scan, draftCalendar, folded);
            out.addAll(scan.found);
        }
        out.sort(Comparator.comparingInt(d -> d.span().start()));
        List<DateMention> numbered = new ArrayList<>(out.size());
        for (DateMention d : out) {
            boolean beside = !numbered.isEmpty() && events.beside(text, numbered.get(numbered.size() - 1), d);
            numbered.add(new DateMention(numbered.size(), d.span(), d.kind(), d.date(), d.end(), d.day(), d.month(),
                    d.year(), d.yearGiven(), d.weekday(), d.holiday(), d.calendar(), d.offset(), d.holidayName(),
                    d.impossible(), d.resolution(), d.sentence(), beside));
        }
        return numbered;
    }

    /** The dates of the text between {@code start} and {@code end}, holidays aside. */
    private SentenceScan scan(String text, String folded, int start, int end, int sentence, LocalDate reference) {
        String f = folded.substring(start, end);
        SentenceScan scan = new SentenceScan(text, f, start, sentence, reference, patterns::tenseOf);
        absolute.find(scan);
        relative.find(scan);
        monthSpans.find(scan);
        return scan;
    }

    /** The named events written with the dates of {@code annotated} (the mentions {@link #extract} found). */
    public List<DateEvent> events(AnnotatedText annotated, List<DateMention> dates) {
        return events.events(annotated, dates);
    }

    /**
     * The date of a dateline at the head of the draft ("PARIS, 26 juin (AFP) -", "26 juin 2012. -",
     * "WASHINGTON, Nov. 24 (Reuters) -"), its year taken nearest {@code today} when not written; null when the draft
     * opens without one.
     */
    public LocalDate dateline(AnnotatedText annotated, LocalDate today) {
        return dateline.find(annotated, today);
    }
}
