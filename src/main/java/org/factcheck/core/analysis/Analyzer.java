package org.factcheck.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.analysis.dates.DateExtractor;
import org.factcheck.core.analysis.dates.YearGaps;
import org.factcheck.core.analysis.figures.AmountExtractor;
import org.factcheck.core.analysis.figures.Tallies;
import org.factcheck.core.analysis.figures.FigureExtractor;
import org.factcheck.core.analysis.people.PersonExtractor;
import org.factcheck.core.analysis.people.PersonLinker;
import org.factcheck.core.analysis.quotes.QuoteAttributor;
import org.factcheck.core.analysis.quotes.QuoteScanner;
import org.factcheck.core.analysis.terms.TermExtractor;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Paragraph;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.facts.RegisterEntry;
import org.factcheck.core.facts.Sentence;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.LanguagePack;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.Annotator;
import org.factcheck.core.text.Tagger;
import org.factcheck.core.text.TextFold;

/**
 * Turns a draft's text into facts: it annotates the text once ({@link AnnotatedText}), then each domain's extractor
 * reads that annotation: persons, quotation marks and quotations with their speakers, spelled terms, dates, figures.
 * One per language, built from its {@link LanguagePack} when the rules are loaded; holds no state of a draft, so it
 * serves concurrent checks.
 */
public final class Analyzer {
    private final LanguagePack pack;
    private final Annotator annotator;
    private final PersonExtractor people;
    private final QuoteScanner quoteScanner;
    private final QuoteAttributor quoteAttributor;
    private final DateExtractor dates;
    private final FigureExtractor figures;
    private final AmountExtractor amounts;
    private final YearGaps yearGaps;
    private final Tallies tallies;
    private final TermExtractor terms;

    /** @param tagger the language's part-of-speech tagger, or null for tokens without tags */
    public Analyzer(LanguagePack pack, Tagger tagger) {
        this.pack = pack;
        this.annotator = new Annotator(pack.lexicon(), tagger);
        this.people = new PersonExtractor(pack.lexicon());
        this.quoteScanner = new QuoteScanner(pack.lexicon());
        this.quoteAttributor = new QuoteAttributor(pack.lexicon());
        this.dates = new DateExtractor(pack.lexicon());
        this.figures = new FigureExtractor(pack.lexicon());
        this.amounts = new AmountExtractor(pack.lexicon());
        this.yearGaps = new YearGaps(pack.lexicon());
        this.tallies = new Tallies(pack.lexicon());
        this.terms = new TermExtractor(pack.lexicon());
    }

    public LanguagePack pack() {
        return pack;
    }

    /** The annotation of {@code text}, whose paragraphs extraction found. */
    public AnnotatedText annotate(String text, List<Span> paragraphs) {
        return annotator.annotate(text, paragraphs);
    }

    /** The annotation of a plain text, its paragraphs found from its line breaks. */
    public AnnotatedText annotate(String text) {
        return annotator.annotate(text);
    }

    /** The publication date a dateline at the head of the draft gives, or {@code null}. */
    public LocalDate dateline(AnnotatedText annotated, LocalDate today) {
        return dates.dateline(annotated, today);
    }

    /**
     * @param register  the newsroom register's entries, against which the persons of the draft are matched
     * @param reference the reference (publication) date, against which dates without a year are resolved
     */
    public Analysis analyze(AnnotatedText annotated, List<RegisterEntry> register, LocalDate reference) {
        String text = annotated.text();
        List<Paragraph> paragraphs = new ArrayList<>(annotated.paragraphs().size());
        List<Sentence> sentences = new ArrayList<>(annotated.sentences().size());
        Map<String, Integer> firstParagraph = new HashMap<>();
        Map<String, Integer> firstSentence = new HashMap<>();
        for (int p = 0; p < annotated.paragraphs().size(); p++) {
            Span para = annotated.paragraphs().get(p);
            int paragraphWords = 0;
            for (AnnotatedText.TextSentence s : annotated.sentencesOf(p)) {
                paragraphWords += s.words();
                String key = TextFold.whitespace(s.span().text());
                sentences.add(new Sentence(s.index(), p, s.span(), key, s.words(),
                        firstSentence.computeIfAbsent(key, k -> s.index())));
            }
            String key = TextFold.whitespace(para.text());
            int index = p;
            paragraphs.add(new Paragraph(p, para, key, paragraphWords, firstParagraph.computeIfAbsent(key, k -> index)));
        }
        QuoteScanner.Result quotes = quoteScanner.scan(annotated);
        TermExtractor.Result spelled = terms.extract(annotated);
        PersonLinker.Result persons = people.extract(annotated, register);
        List<Quotation> quotations = quoteAttributor.attribute(annotated, quotes, persons.mentions());
        List<DateMention> dateMentions = dates.extract(annotated, reference);
        return new Analysis(text, paragraphs, sentences, quotes.marks(), quotes.quotes(), quotations,
                spelled.occurrences(), spelled.forms(), persons, dateMentions, dates.events(annotated, dateMentions),
                figures.extract(annotated), amounts.extract(annotated), yearGaps.extract(annotated, persons.mentions()),
                tallies.extract(annotated),
                annotated.words());
    }
}
