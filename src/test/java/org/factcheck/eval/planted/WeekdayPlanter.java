package org.factcheck.eval.planted;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATE errors: the weekday of a "mardi 12 mars" / "Tuesday, March 12" date shifted so that it no longer matches.
 * With the year written, the date is that year's; without it, a year within 200 days of the reference date where the
 * written weekday fits (else the date is left alone), and the new weekday fits none of the three years around the
 * reference date.
 */
final class WeekdayPlanter implements Planter {
    private static final String FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private static final String FR_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
    private static final String EN_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern FR = Pattern.compile("(?<![\\p{L}])(?<wd>(?i:" + FR_DAYS + ")) (?<d>1er|\\d{1,2}) (?<m>"
            + FR_MONTHS + ")(?: (?<y>\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern EN_MDY = Pattern.compile("\\b(?<wd>" + EN_DAYS + "),? (?<m>" + EN_MONTHS
            + ") (?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<y>\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern EN_DMY = Pattern.compile("\\b(?<wd>" + EN_DAYS + "),? (?<d>\\d{1,2})(?:st|nd|rd|th)? (?<m>"
            + EN_MONTHS + ")(?: (?<y>\\d{4}))?(?![\\p{L}\\d])");

    @Override
    public String category() {
        return "DATE";
    }

    @Override
    public String kind() {
        return "date-weekday";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        List<Matcher> found = new ArrayList<>();
        for (Pattern p : article.french() ? List.of(FR) : List.of(EN_MDY, EN_DMY)) {
            Matcher m = p.matcher(article.text());
            while (m.find()) {
                if (year(article, m) != null) {
                    found.add(p.matcher(article.text()).region(m.start(), m.end()));
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = found.get(random.nextInt(found.size()));
        m.find();
        return Optional.ofNullable(shift(article, m, random));
    }

    private Plant shift(Article article, Matcher m, Random random) {
        Locale locale = article.french() ? Locale.FRENCH : Locale.ENGLISH;
        int year = year(article, m);
        LocalDate date = date(m, year);
        List<DayOfWeek> wrong = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (fitsNone(m, d, article.referenceDate().getYear(), m.group("y") != null ? year : null)) {
                wrong.add(d);
            }
        }
        DayOfWeek to = wrong.get(random.nextInt(wrong.size()));
        String written = m.group("wd");
        String name = to.getDisplayName(TextStyle.FULL, locale);
        name = Character.isUpperCase(written.charAt(0)) ? Texts.capitalize(name) : name.toLowerCase(locale);
        String note = String.format("%s is a %s%s, not a %s.", m.group().substring(written.length()).replaceFirst("^,? ", ""),
                date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), m.group("y") != null ? "" : " in " + year,
                to.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        int start = m.start("wd");
        int end = m.end("wd");
        return Plant.ofNewText(article.text(), category(), kind(), start, end, name,
                new Span(start, m.end() - end + start + name.length()), note);
    }

    /** Whether weekday {@code d} fails the date in the written year, or else in each year around the reference date. */
    private static boolean fitsNone(Matcher m, DayOfWeek d, int referenceYear, Integer written) {
        List<Integer> years = written != null ? List.of(written) : List.of(referenceYear - 1, referenceYear, referenceYear + 1);
        for (int y : years) {
            LocalDate date = date(m, y);
            if (date == null || date.getDayOfWeek() == d) {
                return false;
            }
        }
        return true;
    }

    /**
     * The year the date is read in: the written one when its weekday fits; else the year within 200 days of the
     * reference date where the weekday fits; null when none does (the original would be wrong already).
     */
    private static Integer year(Article article, Matcher m) {
        List<Integer> years = new ArrayList<>();
        if (m.group("y") != null) {
            years.add(Integer.parseInt(m.group("y")));
        } else {
            int ref = article.referenceDate().getYear();
            years.addAll(List.of(ref, ref - 1, ref + 1));
        }
        for (int y : years) {
            LocalDate date = date(m, y);
            boolean near = m.group("y") != null
                    || date != null && Math.abs(ChronoUnit.DAYS.between(article.referenceDate(), date)) <= 200;
            if (date != null && near && date.getDayOfWeek() == weekday(m.group("wd"))) {
                return y;
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m, int year) {
        String d = m.group("d");
        int day = d.equals("1er") ? 1 : Integer.parseInt(d);
        try {
            return LocalDate.of(year, month(m.group("m")), day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        List<String> fr = List.of(FR_MONTHS.split("\\|"));
        return fr.contains(name) ? fr.indexOf(name) + 1 : List.of(EN_MONTHS.split("\\|")).indexOf(name) + 1;
    }

    private static DayOfWeek weekday(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> fr = List.of(FR_DAYS.split("\\|"));
        int i = fr.contains(lower) ? fr.indexOf(lower) : List.of(EN_DAYS.toLowerCase(Locale.ROOT).split("\\|")).indexOf(lower);
        return DayOfWeek.of(i + 1);
    }
}
