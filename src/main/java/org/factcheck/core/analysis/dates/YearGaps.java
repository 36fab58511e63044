package org.factcheck.core.analysis.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.Span;
import org.factcheck.core.facts.YearGap;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.lang.PatternTemplates;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextEnd;

/**
 * Finds the numbers of years a draft states between two years ({@link YearGap}): an age and a year of birth in one
 * sentence ("Née en 1961 à Lyon, la ministre, âgée de 63 ans, …"), or in two sentences when both stand beside one
 * person's name ("Jean Dupont, né en 1961, …" then "Dupont, 58 ans, …": without the name they may be two persons',
 * and an age in a sentence that writes a year or says {@code @then} ("alors", "at the time") is not today's); "il y a
 * 30 ans, en 1995" / "30 years ago, in 1995" in either order; an anniversary and the year of what it marks. An age
 * counts to the one other year its sentence writes ("née en 1961, elle a été élue en 1995, à 34 ans"), else to the
 * reference date; with two other years, to neither (no gap). A time ago and an anniversary count to the reference
 * date; an anniversary in a sentence that writes another year is left alone ("the 76th anniversary of D-Day, 1944,
 * unlike the crowds of 2019"). A span between two years, or two months, and its length ("de 2010 à 2015, soit cinq
 * ans", "from January to June, six months").
 *
 * <p>Templates, from {@code rules/<language>/year-patterns.txt}: {@code @birth} (group {@code year}), {@code @age}
 * (group {@code n}), {@code @ago} and {@code @anniversary} (groups {@code n} and {@code year}), {@code @span}
 * (groups {@code n}, {@code year}, {@code until}) and {@code @month-span} (groups {@code n}, {@code month},
 * {@code untilmonth}); {@code {n}} stands
 * for a number in digits or in words ({@code numbers}), {@code {year}} for a year of four digits, {@code {@key}}
 * for the words of a key ({@link PatternTemplates}); {@code @then}, words that set an age in the past.
 */
public final class YearGaps {
    private static final GatedPattern YEAR = GatedPattern.compile("(?<![\\p{L}\\d])(1[5-9]\\d\\d|20\\d\\d)(?![\\p{L}\\d])");

    private final Map<String, String> numbers;
    private final List<GatedPattern> birth;
    private final List<GatedPattern> age;
    private final List<GatedPattern> ago;
    private final List<GatedPattern> anniversary;
    private final List<GatedPattern> span;
    private final List<GatedPattern> monthSpan;
    private final Map<String, String> months;
    private final TextEnd.Phrases approximation;
    private final java.util.Set<String> monthWords;
    private final GatedPattern then;
    /** What may stand between a person's name and an age or year of birth beside it: "Dupont, 58 ans", "(58 ans)". */
    private static final Pattern BESIDE = Pattern.compile("[\\s,(]*");
    /** What may stand between a name opening a sentence and its year of birth: "Dupont est né", "Smith was born". */
    private static final Pattern VERB_BETWEEN = Pattern.compile("\\s+\\p{L}+\\s+");

    public YearGaps(Lexicon lexicon) {
        numbers = lexicon.heads("numbers");
        String w = "(?<![\\p{L}\\d])";
        String e = "(?![\\p{L}\\d])";
        months = lexicon.heads("months");
        approximation = TextEnd.phrases(lexicon.list("approximations"));
        monthWords = lexicon.folded("months");
        String month = Patterns.alternation(months.keySet());
        Map<String, String> pieces = Map.of("W", w, "E", e,
                "n", "(?<n>\\d{1,3}|" + Patterns.alternation(numbers.keySet()) + ")",
                "year", "(?<year>1[5-9]\\d\\d|20\\d\\d)", "until", "(?<until>1[5-9]\\d\\d|20\\d\\d)",
                "month", "(?<month>" + month + ")", "until-month", "(?<untilmonth>" + month + ")");
        PatternTemplates templates = new PatternTemplates(lexicon, "year-patterns");
        birth = templates.compileEach("@birth", pieces);
        age = templates.compileEach("@age", pieces);
        ago = templates.compileEach("@ago", pieces);
        anniversary = templates.compileEach("@anniversary", pieces);
        span = templates.compileEach("@span", pieces);
        monthSpan = templates.compileEach("@month-span", pieces);
        then = GatedPattern.compile(w + Patterns.alternation(lexicon.forms("year-patterns", "@then")) + e,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The year gaps of a draft, in text order.
     *
     * @param persons the draft's person mentions, which tie an age and a year of birth in two sentences to one person
     */
    public List<YearGap> extract(AnnotatedText annotated, List<PersonMention> persons) {
        String text = annotated.text();
        List<YearGap> out = new ArrayList<>();
        Map<Integer, List<Found>> birthsOf = new HashMap<>();
        List<OwnedAge> owned = new ArrayList<>();
        for (AnnotatedText.TextSentence s : annotated.sentences()) {
            String t = s.span().text();
            int base = s.span().start();
            int years = count(YEAR.matcher(t));
            List<Found> births = years == 0 ? List.of() : find(birth, "year", t, base);
            // An age counts with the year of birth of its sentence, or, in a sentence with no year that does not set
            // it in the past, with the one beside its person's name elsewhere
            boolean ownedAges = years == 0 && !then.matcher(t).find();
            List<Found> ages = births.size() == 1 || ownedAges ? find(age, "n", t, base) : List.of();
            if (births.size() == 1) {
                for (Found a : ages) {
                    addAge(out, text, t, base, a, births.get(0));
                }
            }
            for (Found b : births) {
                Integer owner = owner(text, s, b, persons, true);
                if (owner != null) {
                    birthsOf.computeIfAbsent(owner, k -> new ArrayList<>()).add(b);
                }
            }
            for (Found a : ownedAges ? ages : List.<Found>of()) {
                Integer owner = owner(text, s, a, persons, false);
                if (owner != null) {
                    owned.add(new OwnedAge(a, owner));
                }
            }
            for (GatedPattern pattern : ago) {
                Matcher m = pattern.matcher(t);
                while (m.find()) {
                    out.add(new YearGap(0, Span.of(text, base + m.start("n"), base + m.end()), YearGap.Kind.AGO,
                            number(m.group("n")), Integer.parseInt(m.group("year")), null,
                            Span.of(text, base + m.start("year"), base + m.end("year"))));
                }
            }
            for (GatedPattern pattern : anniversary) {
                Matcher m = pattern.matcher(t);
                while (m.find()) {
                    if (otherYear(t, m.start("year"), -1) != null) {
                        continue; // another year: "la foule de 2019", "les émeutes de 1969" make its year unclear
                    }
                    out.add(new YearGap(0, Span.of(text, base + m.start(), base + m.end("n")),
                            YearGap.Kind.ANNIVERSARY,
                            number(m.group("n")), Integer.parseInt(m.group("year")), null,
                            Span.of(text, base + m.start("year"), base + m.end("year"))));
                }
            }
            for (GatedPattern pattern : years >= 2 ? span : List.<GatedPattern>of()) {
                Matcher m = pattern.matcher(t);
                while (m.find()) {
                    if (approximation.find(t.substring(0, m.start("n"))) != null) {
                        continue; // "pendant près de trente ans (1979-2006)": a length in round figures
                    }
                    out.add(new YearGap(0, Span.of(text, base + m.start(), base + m.end()), YearGap.Kind.SPAN,
                            number(m.group("n")), Integer.parseInt(m.group("year")),
                            Integer.parseInt(m.group("until")),
                            Span.of(text, base + m.start("year"), base + m.end("year"))));
                }
            }
            for (GatedPattern pattern : months(s) >= 2 ? monthSpan : List.<GatedPattern>of()) {
                Matcher m = pattern.matcher(t);
                while (m.find()) {
                    if (approximation.find(t.substring(0, m.start("n"))) != null) {
                        continue;
                    }
                    out.add(new YearGap(0, Span.of(text, base + m.start(), base + m.end()), YearGap.Kind.MONTHS,
                            number(m.group("n")), month(m.group("month")), month(m.group("untilmonth")),
                            Span.of(text, base + m.start("month"), base + m.end("month"))));
                }
            }
        }
        for (OwnedAge o : owned) {
            List<Found> births = birthsOf.get(o.owner());
            if (births != null && births.stream().map(Found::value).distinct().count() == 1) {
                out.add(ageGap(text, o.age(), births.get(0), null));
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<YearGap> numbered = new ArrayList<>(out.size());
        for (YearGap g : out) {
            numbered.add(new YearGap(numbered.size(), g.span(), g.kind(), g.years(), g.from(), g.to(), g.related()));
        }
        return numbered;
    }

    /** A number or year found in a sentence: where its match stands in the text, and its value. */
    private record Found(int start, int end, int value) {
    }

    /** An age standing beside a person's name, and that person. */
    private record OwnedAge(Found age, int owner) {
    }

    /** The matches of {@code patterns} in {@code sentence}, each valued by its group {@code group} ("n" or "year"). */
    private List<Found> find(List<GatedPattern> patterns, String group, String sentence, int base) {
        List<Found> out = new ArrayList<>();
        for (GatedPattern pattern : patterns) {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                // ", 58 ans," and "(58 ans)" stand for "58 ans": the marks around an age are not part of it
                int start = m.start();
                int end = m.end();
                while (start < end && " ,(".indexOf(sentence.charAt(start)) >= 0) {
                    start++;
                }
                while (end > start && " ,)".indexOf(sentence.charAt(end - 1)) >= 0) {
                    end--;
                }
                out.add(new Found(base + start, base + end, number(m.group(group))));
            }
        }
        return out;
    }

    /**
     * The age {@code a}, counted from the year of birth {@code b} of its sentence: to the one other year of the
     * sentence, to the reference date without one, not at all with two.
     */
    private void addAge(List<YearGap> out, String text, String sentence, int base, Found a, Found b) {
        int birthYear = yearStart(text, b);
        Integer to = otherYear(sentence, birthYear - base, -2);
        if (to != null && to == -2) {
            return;
        }
        out.add(ageGap(text, a, b, to));
    }

    /** The gap between the age {@code a} and the year of birth {@code b}, counted to {@code to} (null: the reference). */
    private static YearGap ageGap(String text, Found a, Found b, Integer to) {
        int birthYear = yearStart(text, b);
        return new YearGap(0, Span.of(text, a.start(), a.end()), YearGap.Kind.AGE, a.value(), b.value(), to,
                Span.of(text, birthYear, birthYear + 4));
    }

    /**
     * The person an age or a year of birth {@code f} of sentence {@code s} stands beside: the name right before it
     * ("Jean Dupont, 58 ans", "Dupont (58 ans)") or right after it ("58-year-old John Smith", "Born in 1961, Smith");
     * for a year of birth, also the name opening the sentence a verb before it ("Dupont est né en 1961"). Null for
     * none.
     */
    private static Integer owner(String text, AnnotatedText.TextSentence s, Found f, List<PersonMention> persons,
                                 boolean birth) {
        for (PersonMention m : persons) {
            Span p = m.span();
            if (p.start() < s.span().start() || p.end() > s.span().end()) {
                continue;
            }
            if (p.end() <= f.start() && (BESIDE.matcher(text).region(p.end(), f.start()).matches()
                    || birth && p.start() == s.span().start()
                    && VERB_BETWEEN.matcher(text).region(p.end(), f.start()).matches())) {
                return m.person();
            }
            if (p.start() >= f.end() && BESIDE.matcher(text).region(f.end(), p.start()).matches()) {
                return m.person();
            }
        }
        return null;
    }

    /** Where the year of the birth match {@code b} starts in the text. */
    private static int yearStart(String text, Found b) {
        Matcher y = YEAR.matcher(text.substring(b.start(), b.end()));
        return y.find() ? b.start() + y.start() : b.start();
    }

    /**
     * The one year {@code sentence} writes besides the one at {@code except}: null with none, {@code many} with
     * several.
     */
    private static Integer otherYear(String sentence, int except, int many) {
        Integer found = null;
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            if (m.start() == except) {
                continue;
            }
            if (found != null) {
                return many;
            }
            found = Integer.parseInt(m.group(1));
        }
        return found;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** How many words of a sentence name a month: a cheap test before the patterns of a span of months. */
    private int months(AnnotatedText.TextSentence s) {
        int n = 0;
        for (org.factcheck.core.text.Token t : s.tokens()) {
            if (monthWords.contains(t.folded())) {
                n++;
            }
        }
        return n;
    }

    private int month(String s) {
        return Integer.parseInt(months.get(s.toLowerCase(Locale.ROOT)));
    }

    private int number(String s) {
        String head = numbers.get(s.toLowerCase(Locale.ROOT));
        return Integer.parseInt(head != null ? head : s);
    }
}
