package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.Draft;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.Span;
import org.factcheck.core.facts.TermForm;
import org.factcheck.core.facts.TermOccurrence;
import org.factcheck.core.text.TextFold;
import org.junit.jupiter.api.Test;

/**
 * spelling.drl, facts in and findings out: the writings of a term built by hand, and the derivation of the preferred
 * one (in French the one with more accents; then the majority; then the first written).
 */
class SpellingRulesTest {
    private static List<Finding> run(String language, List<?> facts) {
        List<Object> all = new ArrayList<>(List.of(new Draft(language, LocalDate.of(2025, 11, 25), false)));
        all.addAll(facts);
        return TestSupport.rules().run(all, language);
    }

    /** The forms and occurrences of the words of {@code text} found at {@code starts}, each {@code length} long. */
    private static List<Object> terms(String text, int length, boolean capitalized, int... starts) {
        Map<String, List<Span>> byForm = new java.util.LinkedHashMap<>();
        for (int s : starts) {
            Span span = Span.of(text, s, s + length);
            byForm.computeIfAbsent(span.text().toLowerCase(), k -> new ArrayList<>()).add(span);
        }
        List<Object> out = new ArrayList<>();
        byForm.forEach((form, spans) -> {
            String key = TextFold.letters(form);
            out.add(new TermForm(key, form, spans.get(0).text(), spans.size(), spans.get(0), 1, capitalized,
                    capitalized, TextFold.accents(form)));
            spans.forEach(s -> out.add(new TermOccurrence(key, form, s)));
        });
        return out;
    }

    @Test
    void inFrenchTheAccentedWritingIsPreferred() {
        String text = "Les Etats-Unis et les États-Unis.";
        List<Finding> findings = run("fr", terms(text, 10, true, 4, 22));
        assertEquals(1, findings.size(), String.valueOf(findings));
        Finding f = findings.get(0);
        assertEquals("spelling.variant", f.rule());
        assertEquals(Category.SPELLING, f.category());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Span.of(text, 4, 14), f.span());
        assertEquals("États-Unis", f.suggestion());
        assertEquals(List.of(Span.of(text, 22, 32)), f.related());
        assertEquals(Map.of("variant", "Etats-Unis", "preferred", "États-Unis", "count", 1), f.args());
    }

    @Test
    void capitalsLeftWithoutTheirAccentMoreOftenThanNotAreInfoOnce() {
        String text = "Les Etats-Unis, les Etats-Unis et les États-Unis.";
        List<Finding> findings = run("fr", terms(text, 10, true, 4, 20, 38));
        assertEquals(1, findings.size(), String.valueOf(findings));
        Finding f = findings.get(0);
        assertEquals("spelling.capital-accent", f.rule());
        assertEquals(Severity.INFO, f.severity());
        assertEquals(Span.of(text, 4, 14), f.span());
        assertEquals("États-Unis", f.suggestion());
        assertEquals(Map.of("variant", "Etats-Unis", "preferred", "États-Unis", "count", 2), f.args());
    }

    @Test
    void inEnglishTheMajorityThenTheFirstWrittenIsPreferred() {
        String text = "an antivirus, an anti-virus, an antivirus";
        List<Object> facts = new ArrayList<>();
        facts.addAll(terms(text, 9, false, 3));
        facts.addAll(terms(text, 10, false, 17));
        facts.addAll(terms(text, 9, false, 32));
        List<Finding> findings = run("en", merge(facts));
        assertEquals(1, findings.size(), String.valueOf(findings));
        assertEquals(Span.of(text, 17, 27), findings.get(0).span());
        assertEquals("antivirus", findings.get(0).suggestion());
        assertEquals(2, findings.get(0).args().get("count"));

        // A tie: the first written wins.
        String tie = "anti-virus, antivirus";
        List<Object> two = new ArrayList<>(terms(tie, 10, false, 0));
        two.addAll(terms(tie, 9, false, 12));
        findings = run("en", two);
        assertEquals(1, findings.size(), String.valueOf(findings));
        assertEquals(Span.of(tie, 12, 21), findings.get(0).span());
        assertEquals("anti-virus", findings.get(0).suggestion());
    }

    /** Forms of one writing counted once, with all their occurrences. */
    private static List<Object> merge(List<Object> facts) {
        Map<String, TermForm> forms = new java.util.LinkedHashMap<>();
        List<Object> out = new ArrayList<>();
        for (Object o : facts) {
            if (o instanceof TermForm f) {
                forms.merge(f.form(), f, (a, b) -> new TermForm(a.key(), a.form(), a.display(), a.count() + b.count(),
                        a.first(), a.words(), a.proper(), a.capitalized(), a.accents()));
            } else {
                out.add(o);
            }
        }
        out.addAll(forms.values());
        return out;
    }

    @Test
    void formsTheListKeepsApartAndUnlikeFormsAreNotCompared() {
        String text = "They re-sign him; he may resign.";
        List<Object> facts = new ArrayList<>(terms(text, 7, false, 5));
        facts.addAll(terms(text, 6, false, 25));
        assertEquals(List.of(), run("en", facts));

        // A capitalized writing is never compared with a lower-case one.
        String names = "Anti-Virus et antivirus";
        List<Object> unlike = new ArrayList<>(terms(names, 10, true, 0));
        unlike.addAll(terms(names, 9, false, 14));
        assertEquals(List.of(), run("fr", unlike));
    }

    @Test
    void aNameTheNameRulesReportIsNotReportedAgain() {
        String text = "Les Etats-Unis et les États-Unis.";
        List<Object> facts = new ArrayList<>(terms(text, 10, true, 4, 22));
        assertEquals(1, run("fr", facts).size());
        facts.add(new Finding("name.spelling", Category.NAME, Severity.ERROR, Span.of(text, 4, 14), List.of(), null,
                null, Map.of()));
        assertEquals(List.of("name.spelling"), run("fr", facts).stream().map(Finding::rule).toList());
    }
}
