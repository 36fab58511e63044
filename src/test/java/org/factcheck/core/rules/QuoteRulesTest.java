package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.compare.QuoteText;
import org.factcheck.core.facts.Evidence;
import org.factcheck.core.facts.Attribution;
import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.Draft;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.MarkRole;
import org.factcheck.core.facts.MentionKind;
import org.factcheck.core.facts.Person;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.facts.QuoteMark;
import org.factcheck.core.facts.RegisterEntry;
import org.factcheck.core.facts.RegisterMatch;
import org.factcheck.core.facts.SameQuotation;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.SpeakerKind;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

/** quote.drl, facts in and findings out: each rule and each derivation, on facts built by hand. */
class QuoteRulesTest {
    /** A draft's text where each quotation and speaker below is found by its words. */
    private static final String TEXT = String.join(" ",
            "« Le conseil votera le budget de la ville en janvier prochain », a dit Paul Berger.",
            "« Le conseil votera le budget de la ville en janvier prochain », a dit Inès Caradec.",
            "« Le conseil votera le budget en mars », a dit Anne Kerbrat.",
            "« le budget de la ville en janvier prochain », a dit Inès Caradec.",
            "« budget de la ville en janvier prochain », a dit Inès Caradec.",
            "« Le conseil adoptera le budget de la ville en janvier », a dit Paul Berger.",
            "« Nous verrons bien ce que dira la préfecture », a dit M. Houdré.",
            "« Personne ne sait ce qui viendra ensuite », « Rien ne presse ».",
            "« Le conseil votera le budget de la ville en janvier prochain »");

    private final List<Object> facts = new ArrayList<>(List.of(new Draft("fr", LocalDate.of(2025, 11, 25), false)));
    private int quotations;
    private int from;

    private static Span span(String words, int from) {
        int at = TEXT.indexOf(words, from);
        assertTrue(at >= 0, words);
        return Span.of(TEXT, at, at + words.length());
    }

    private static Person person(int id, String name, boolean introduced) {
        return new Person(id, name, List.of(name.split(" ")), List.of(name.split(" ")), introduced, span(name, 0), null,
                false, List.of());
    }

    /** The next quotation of the text holding {@code words}, given to {@code person} named by {@code speaker}. */
    private Quotation quote(String words, int person, String speaker, SpeakerKind kind, Attribution how) {
        Span s = span(words, from);
        from = s.end();
        Span open = TEXT.charAt(s.start() - 2) == '«' ? Span.of(TEXT, s.start() - 2, s.start() - 1) : null;
        Span close = TEXT.charAt(s.end() + 1) == '»' ? Span.of(TEXT, s.end() + 1, s.end() + 2) : null;
        String key = QuoteText.key(words);
        Quotation q = new Quotation(quotations++, s, open, close, 0, key, QuoteText.count(key), 0, person,
                speaker == null ? null : span(speaker, s.end()), kind, null, how, false);
        facts.add(q);
        return q;
    }

    private Quotation quote(String words, int person, String speaker) {
        return quote(words, person, speaker, SpeakerKind.NAME, Attribution.AFTER);
    }

    private static final String FULL = "Le conseil votera le budget de la ville en janvier prochain";

    private List<Finding> run(String rule) {
        facts.add(person(0, "Paul Berger", true));
        facts.add(person(1, "Inès Caradec", true));
        facts.add(person(2, "Anne Kerbrat", true));
        return TestSupport.rules().run(facts, "fr").stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void oneQuotationGivenToTwoSpeakers() {
        Quotation a = quote(FULL, 0, "Paul Berger");
        Quotation b = quote(FULL, 1, "Inès Caradec", SpeakerKind.NAME, Attribution.BEFORE);
        List<Finding> findings = run("quote.two-speakers");
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(b.span(), f.span());
        assertEquals(List.of(a.span(), a.speaker(), b.speaker()), f.related());
        assertEquals(Category.QUOTE, f.category());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Paul Berger", f.args().get("first"));
        assertEquals("Inès Caradec", f.args().get("second"));
        assertEquals(FULL, f.args().get("quote"));
    }

    @Test
    void anExcerptOfEightWordsIsTheSameQuotationSevenAreNot() {
        quote(FULL, 0, "Paul Berger");
        from = TEXT.indexOf("Anne Kerbrat");
        Quotation eight = quote("le budget de la ville en janvier prochain", 1, "Inès Caradec");
        quote("budget de la ville en janvier prochain", 2, "Inès Caradec");
        List<Finding> findings = run("quote.two-speakers");
        assertEquals(List.of(eight.span()), findings.stream().map(Finding::span).toList());
    }

    @Test
    void aPronounOrANeighbouringSentenceIsNoExplicitSpeaker() {
        quote(FULL, 0, "Paul Berger");
        quote(FULL, 1, "Inès Caradec", SpeakerKind.PRONOUN, Attribution.AFTER);
        from = TEXT.lastIndexOf("»") - FULL.length() - 2;
        quote(FULL, 2, null, SpeakerKind.NAME, Attribution.PREVIOUS_SENTENCE);
        assertEquals(List.of(), run("quote.two-speakers"));
    }

    @Test
    void eachLaterQuotationIsComparedWithTheFirstSpeakerItContradicts() {
        Quotation a = quote(FULL, 0, "Paul Berger");
        Quotation b = quote(FULL, 1, "Inès Caradec");
        from = TEXT.lastIndexOf("»") - FULL.length() - 2;
        Quotation c = quote(FULL, 2, null);
        List<Finding> findings = run("quote.two-speakers");
        assertEquals(List.of(b.span(), c.span()), findings.stream().map(Finding::span).sorted(
                java.util.Comparator.comparingInt(Span::start)).toList());
        assertTrue(findings.stream().allMatch(f -> f.related().get(0).equals(a.span())), findings.toString());
    }

    @Test
    void twoSpeakersReadsTheDerivedFact() {
        // Different words, but the facts say they are one quotation: the finding rule trusts the derivation.
        Quotation a = quote(FULL, 0, "Paul Berger");
        from = TEXT.indexOf("Inès Caradec");
        quote("Le conseil votera le budget en mars", 2, "Anne Kerbrat");
        facts.add(new SameQuotation(a.id(), 1));
        assertEquals(1, run("quote.two-speakers").size());
    }

    @Test
    void oneSpeakerQuotedTwiceWithWordsChanged() {
        Quotation a = quote(FULL, 0, "Paul Berger");
        from = TEXT.indexOf("Inès Caradec », a dit Inès");
        Quotation b = quote("Le conseil adoptera le budget de la ville en janvier", 0, "Paul Berger");
        List<Finding> findings = run("quote.misquote");
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(b.span(), f.span());
        assertEquals(List.of(a.span()), f.related());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Paul Berger", f.args().get("name"));
        assertEquals(FULL, f.args().get("earlier"));
        assertEquals("Le conseil adoptera le budget de la ville en janvier", f.args().get("quote"));
    }

    @Test
    void wordForWordAnExcerptOrAnotherSpeakerIsNoMisquote() {
        quote(FULL, 0, "Paul Berger");
        quote(FULL, 0, "Inès Caradec");
        from = TEXT.indexOf("Anne Kerbrat");
        quote("budget de la ville en janvier prochain", 0, "Inès Caradec");
        quote("Le conseil adoptera le budget de la ville en janvier", 1, "Paul Berger");
        assertEquals(List.of(), run("quote.misquote"));
    }

    @Test
    void quotationsSharingTooFewWordsAreTwoQuotations() {
        quote(FULL, 0, "Paul Berger");
        from = TEXT.indexOf("Inès Caradec");
        quote("Le conseil votera le budget en mars", 0, "Anne Kerbrat"); // six words shared of eleven: under three fifths
        assertEquals(List.of(), run("quote.misquote"));
    }

    @Test
    void aQuotationGivenToAnHonorificAndASurnameNobodyIntroduces() {
        from = TEXT.indexOf("Paul Berger.", TEXT.indexOf("adoptera"));
        Quotation q = quote("Nous verrons bien ce que dira la préfecture", 3, "Houdré");
        facts.add(new PersonMention(0, 3, MentionKind.HONORIFIC, q.speaker(), List.of("houdre"), List.of("Houdré"),
                Evidence.HONORIFIC, 0));
        facts.add(person(3, "Houdré", false));
        List<Finding> findings = run("quote.unknown-speaker");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(q.speaker(), findings.get(0).span());
        assertEquals(List.of(q.span()), findings.get(0).related());
        assertEquals("Houdré", findings.get(0).args().get("name"));
        facts.add(new RegisterMatch(3, new RegisterEntry("Marc Houdré", "marc houdre", "houdre", List.of(), List.of())));
        assertEquals(List.of(), TestSupport.rules().run(facts, "fr").stream()
                .filter(f -> f.rule().equals("quote.unknown-speaker")).toList(), "a name the register lists");
    }

    @Test
    void aQuotationOfSixWordsWithNoSpeaker() {
        from = TEXT.indexOf("Houdré");
        Quotation six = quote("Personne ne sait ce qui viendra ensuite", -1, null, SpeakerKind.NONE, Attribution.NONE);
        quote("Rien ne presse", -1, null, SpeakerKind.NONE, Attribution.NONE);
        List<Finding> findings = run("quote.no-speaker");
        assertEquals(List.of(six.span()), findings.stream().map(Finding::span).toList());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals("Personne ne sait ce qui viendra ensuite", findings.get(0).args().get("quote"));
    }

    @Test
    void quotationMarksThatDoNotPair() {
        Span close = Span.of(TEXT, TEXT.indexOf('»'), TEXT.indexOf('»') + 1);
        Span open = Span.of(TEXT, TEXT.lastIndexOf('«'), TEXT.lastIndexOf('«') + 1);
        facts.add(new QuoteMark(close, "»", MarkRole.CLOSE, null));
        facts.add(new QuoteMark(open, "«", MarkRole.OPEN, null));
        facts.add(new QuoteMark(Span.of(TEXT, 0, 1), "«", MarkRole.OPEN, close));
        assertEquals(List.of(close), run("quote.unopened").stream().map(Finding::span).toList());
        assertEquals(List.of(open), TestSupport.rules().run(facts, "fr").stream()
                .filter(f -> f.rule().equals("quote.unclosed")).map(Finding::span).toList());
    }
}
