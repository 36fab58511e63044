package org.factcheck.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.DateReach;
import org.factcheck.core.facts.Figure;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.Person;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.PersonRole;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.facts.RegisterMatch;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Messages;

/**
 * Turns the rules' findings into report findings: sorted by position, numbered {@code f1, f2, …}, messages in the
 * draft's language, offsets converted from UTF-16 units to code points.
 */
public final class ReportBuilder {
    /** Spans by start, then end; a list of them element by element, a shorter list first when it is a prefix. */
    private static final Comparator<Span> SPAN = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);
    private static final Comparator<List<Span>> SPANS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = SPAN.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
    /**
     * Text order, and a total one: two findings of one rule at one place (a misspelt name near two introduced ones) are
     * told apart by the places they relate to and their suggestions, so that a report does not depend on the order in
     * which the rules fired, which may differ from one thread to another.
     */
    private static final Comparator<Finding> ORDER = Comparator.<Finding>comparingInt(f -> f.span().start())
            .thenComparingInt(f -> f.span().end()).thenComparing(Finding::rule)
            .thenComparing(Finding::related, SPANS)
            .thenComparing(Finding::suggestion, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::suggestionKey, Comparator.nullsFirst(Comparator.naturalOrder()));

    private ReportBuilder() {
    }

    /** The findings a report lists, and how many of each rule it leaves out past the limits. */
    public record Listed(List<ReportFinding> findings, Map<String, Integer> omitted) {
    }

    /**
     * The report's findings, in text order, at most {@code perRule} of a rule and {@code perDraft} in all (the first
     * ones in the text): a hostile draft of 100,000 quotation marks would otherwise give as many findings. What is
     * left out is counted per rule.
     */
    public static Listed findings(String text, List<Finding> findings, Messages messages, int perRule, int perDraft) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        Offsets offsets = new Offsets(text);
        List<ReportFinding> out = new ArrayList<>(Math.min(sorted.size(), perDraft));
        Map<String, Integer> listed = new HashMap<>();
        Map<String, Integer> omitted = new TreeMap<>();
        for (Finding f : sorted) {
            if (out.size() >= perDraft || listed.merge(f.rule(), 1, Integer::sum) > perRule) {
                omitted.merge(f.rule(), 1, Integer::sum);
                continue;
            }
            List<ReportSpan> related = new ArrayList<>(f.related().size());
            for (Span r : f.related()) {
                related.add(offsets.span(r));
            }
            ReportSpan span = offsets.span(f.span());
            out.add(new ReportFinding("f" + (out.size() + 1), f.rule(), f.category().name(), f.severity().label(),
                    messages.format(f.rule(), f.args()), span.start(), span.end(), span.text(), related,
                    f.suggestionKey() != null ? messages.format(f.suggestionKey(), f.args()) : f.suggestion()));
        }
        return new Listed(out, omitted);
    }

    /** The persons section: each person with its roles and mentions, in order of first mention. */
    public static List<ReportPerson> persons(String text, List<Person> persons, List<PersonMention> mentions,
                                             List<PersonRole> roles) {
        Offsets offsets = new Offsets(text);
        Map<Integer, List<ReportPerson.Mention>> byPerson = new HashMap<>();
        for (PersonMention m : mentions) {
            ReportSpan s = offsets.span(m.span());
            byPerson.computeIfAbsent(m.person(), k -> new ArrayList<>())
                    .add(new ReportPerson.Mention(m.kind().name().toLowerCase(Locale.ROOT), s.start(), s.end(), s.text()));
        }
        Map<Integer, List<ReportPerson.Role>> rolesOf = new HashMap<>();
        for (PersonRole r : roles) {
            ReportSpan s = offsets.span(r.span());
            // A role phrase without a country is of its holder's country.
            String country = r.nationality() != null ? r.nationality() : persons.get(r.person()).nationality();
            rolesOf.computeIfAbsent(r.person(), k -> new ArrayList<>())
                    .add(new ReportPerson.Role(r.key(), country, s.start(), s.end(), s.text()));
        }
        List<ReportPerson> out = new ArrayList<>(persons.size());
        for (Person p : persons) {
            out.add(new ReportPerson("p" + (p.id() + 1), p.name(), p.introduced(), p.nationality(),
                    rolesOf.getOrDefault(p.id(), List.of()), byPerson.getOrDefault(p.id(), List.of())));
        }
        return out;
    }

    /**
     * The dates section: each date expression, its value (ISO date, or range start/end; for a relative date, the days
     * date.drl let it reach) and how it was resolved.
     */
    public static List<ReportDate> dates(String text, List<DateMention> dates, List<DateReach> reaches) {
        Map<Integer, DateReach> reachOf = new HashMap<>();
        reaches.forEach(r -> reachOf.put(r.mention(), r));
        return section(text, dates, DateMention::span, (d, s) -> {
            DateReach reach = reachOf.get(d.id());
            LocalDate from = reach != null ? reach.from() : d.date();
            LocalDate to = reach != null ? reach.to() : d.end();
            String value = from == null ? null : to != null ? from + "/" + to : from.toString();
            String how = d.impossible() ? "no such date" : d.resolution().describe();
            if (reach != null && reach.slackDays() > 0) {
                how += ", give or take " + reach.slackDays() + " day" + (reach.slackDays() > 1 ? "s" : "");
            }
            Integer offset = d.holiday() == null || d.offset() == 0 ? null : d.offset();
            return new ReportDate(s.start(), s.end(), s.text(), d.kind().key(), value, d.holiday(), offset, d.calendar(),
                    how);
        });
    }

    /** The figures section: each percentage, its kind, value, the quantity it measures and its role where known. */
    public static List<ReportFigure> figures(String text, List<Figure> figures) {
        return section(text, figures, Figure::span, (f, s) -> new ReportFigure(s.start(), s.end(), s.text(),
                f.kind().key(), f.value(), f.quantity(), f.quantityKey(), f.qualifier().isEmpty() ? null : f.qualifier(),
                f.role() == null ? null : f.role().key(), f.verb(), f.direction() == null ? null : f.direction().key(),
                f.approximate() ? Boolean.TRUE : null));
    }

    /** One entry of a section per fact, made from the fact and its span in the report's offsets. */
    private static <T, R> List<R> section(String text, List<T> facts, Function<T, Span> spanOf,
                                          BiFunction<T, ReportSpan, R> entry) {
        Offsets offsets = new Offsets(text);
        List<R> out = new ArrayList<>(facts.size());
        for (T fact : facts) {
            out.add(entry.apply(fact, offsets.span(spanOf.apply(fact))));
        }
        return out;
    }

    /**
     * The quotes section: each quotation with its speaker, linked to the person of the persons section where there is
     * one (with the register's name for a person never named in full), the attribution words and where they stand.
     */
    public static List<ReportQuote> quotes(String text, List<Quotation> quotations, List<Person> persons,
                                           List<RegisterMatch> register) {
        Offsets offsets = new Offsets(text);
        Map<Integer, Person> byId = new HashMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        Map<Integer, String> registerName = new HashMap<>();
        register.forEach(r -> registerName.putIfAbsent(r.person(), r.entry().name()));
        List<ReportQuote> out = new ArrayList<>(quotations.size());
        for (Quotation q : quotations) {
            ReportSpan s = offsets.span(q.span());
            ReportQuote.Speaker speaker = null;
            if (q.speaker() != null || q.person() >= 0) {
                Person p = byId.get(q.person());
                ReportSpan at = q.speaker() != null ? offsets.span(q.speaker()) : null;
                speaker = new ReportQuote.Speaker(q.speakerKind().key(), p == null ? null : "p" + (p.id() + 1),
                        p == null ? null : p.name(),
                        p == null || p.introduced() ? null : registerName.get(p.id()),
                        at == null ? null : at.start(), at == null ? null : at.end(), at == null ? null : at.text());
            }
            out.add(new ReportQuote("q" + (q.id() + 1), s.start(), s.end(), s.text(),
                    q.open() == null ? null : offsets.span(q.open()), q.close() == null ? null : offsets.span(q.close()),
                    q.depth(), speaker, q.verb() == null ? null : offsets.span(q.verb()), q.how().key()));
        }
        return out;
    }

    /** UTF-16 offsets to code-point offsets; the identity for text without supplementary characters. */
    static final class Offsets {
        private final String text;
        private final boolean identity;

        Offsets(String text) {
            this.text = text;
            this.identity = text.codePoints().count() == text.length();
        }

        int toCodePoints(int utf16) {
            return identity ? utf16 : text.codePointCount(0, utf16);
        }

        ReportSpan span(Span s) {
            return new ReportSpan(toCodePoints(s.start()), toCodePoints(s.end()), s.text());
        }
    }
}
