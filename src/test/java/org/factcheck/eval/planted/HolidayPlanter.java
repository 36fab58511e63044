package org.factcheck.eval.planted;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * DATE errors: a holiday given another day. Real copy seldom names a holiday with its date, so the generator adds a
 * sentence of its own at the end of a paragraph, two templates per language (date first, or holiday first), naming
 * a holiday of the reference year (the next one when this year's is past) with a date a week off, its weekday
 * right: "Une nouvelle réunion est prévue le jeudi 5 juin 2025, jeudi de l'Ascension.", "A further meeting is
 * scheduled before Memorial Day on Monday, June 1, 2026." Holiday dates come from Jollyday.
 */
final class HolidayPlanter implements Planter {
    /**
     * A holiday: how the sentence names it after its date ("lundi de Pâques") and before it ("le lundi de Pâques"),
     * and its Jollyday key and calendar.
     */
    private record Named(String name, String before, String key, String calendar) {
    }

    private static final List<Named> FR = List.of(
            new Named("lundi de Pâques", "le lundi de Pâques", "christian.EASTER_MONDAY", "fr"),
            new Named("jeudi de l'Ascension", "l'Ascension", "christian.ASCENSION_DAY", "fr"),
            new Named("lundi de Pentecôte", "le lundi de Pentecôte", "christian.WHIT_MONDAY", "fr"),
            new Named("jour de la Toussaint", "la Toussaint", "ALL_SAINTS", "fr"));
    private static final List<Named> EN = List.of(new Named("Good Friday", "Good Friday", "christian.GOOD_FRIDAY", "gb"),
            new Named("Thanksgiving Day", "Thanksgiving", "THANKSGIVING", "us"),
            new Named("Memorial Day", "Memorial Day", "MEMORIAL_DAY", "us"),
            new Named("Labor Day", "Labor Day", "LABOUR_DAY", "us"),
            new Named("Martin Luther King Day", "Martin Luther King Day", "MARTIN_LUTHER_KING", "us"));
    private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

    @Override
    public boolean filler() {
        return true;
    }

    @Override
    public String category() {
        return "DATE";
    }

    @Override
    public String kind() {
        return "date-holiday";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        String text = article.text();
        List<Span> paragraphs = new ArrayList<>();
        for (Span p : article.paragraphs()) {
            if (Texts.words(p.of(text)) >= 15 && ".!?»\"”".indexOf(text.charAt(p.end() - 1)) >= 0) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        Span paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
        List<Named> holidays = article.french() ? FR : EN;
        Named holiday = holidays.get(random.nextInt(holidays.size()));
        LocalDate reference = article.referenceDate();
        LocalDate actual = date(holiday, reference.getYear());
        if (actual.isBefore(reference)) {
            actual = date(holiday, reference.getYear() + 1);
        }
        LocalDate wrong = actual.plusWeeks(random.nextBoolean() ? 1 : -1);
        String date = format(wrong, article.french());
        boolean dateFirst = random.nextBoolean();
        String written;
        String sentence;
        if (article.french()) {
            written = dateFirst ? date + ", " + holiday.name() : holiday.before() + ", le " + date;
            sentence = " Une nouvelle réunion est prévue " + (dateFirst ? "le " : "avant ") + written + ".";
        } else {
            written = dateFirst ? date + ", " + holiday.name() : holiday.before() + " on " + date;
            sentence = " A further meeting is scheduled " + (dateFirst ? "for " : "before ") + written + ".";
        }
        int at = paragraph.end();
        int mark = at + sentence.indexOf(written);
        String note = String.format("%s %d falls on %s, not %s (sentence added by the generator).", holiday.name(),
                actual.getYear(), format(actual, false), format(wrong, false));
        return Optional.ofNullable(Plant.ofNewText(text, category(), kind(), at, at, sentence,
                new Span(mark, mark + written.length()), note));
    }

    /** The holiday's date in that year (its own day, not a day off observed in its place). */
    private static LocalDate date(Named holiday, int year) {
        HolidayManager m = MANAGERS.computeIfAbsent(holiday.calendar(),
                c -> HolidayManager.getInstance(ManagerParameters.create(c)));
        for (Holiday h : m.getHolidays(Year.of(year))) {
            if (h.getPropertiesKey().equals(holiday.key())) {
                return h.getActualDate();
            }
        }
        throw new IllegalStateException("no " + holiday.key() + " in " + holiday.calendar() + " " + year);
    }

    /** "jeudi 5 juin 2025" ("1er" for the first), "Thursday, June 5, 2025". */
    private static String format(LocalDate date, boolean french) {
        if (!french) {
            return DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH).format(date);
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return DateTimeFormatter.ofPattern("EEEE '" + day + "' MMMM yyyy", Locale.FRENCH).format(date);
    }
}
