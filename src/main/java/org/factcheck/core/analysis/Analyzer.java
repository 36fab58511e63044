package org.factcheck.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Paragraph;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.facts.RegisterEntry;
import org.factcheck.core.facts.Sentence;
import org.factcheck.core.facts.Span;

/**
 * Turns extracted text into facts: paragraphs, sentences, quotation marks and quotes with their speakers, spelled
 * terms, persons, dates, figures.
 */
public final class Analyzer {
    private Analyzer() {
    }

    public static Analysis analyze(String text, Lexicon lexicon) {
        return analyze(text, lexicon, List.of(), LocalDate.now());
    }

    /**
     * @param register  the newsroom register's entries, against which the persons of the draft are matched
     * @param reference the reference (publication) date, against which dates without a year are resolved
     */
    public static Analysis analyze(String text, Lexicon lexicon, List<RegisterEntry> register, LocalDate reference) {
        Tokenizer tokenizer = new Tokenizer(lexicon);
        PersonExtractor people = new PersonExtractor(lexicon);
        List<PersonLinker.SentenceFinds> finds = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter(lexicon);
        List<Span> paragraphSpans = ParagraphSplitter.split(text);
        List<Paragraph> paragraphs = new ArrayList<>(paragraphSpans.size());
        List<Sentence> sentences = new ArrayList<>();
        List<List<Token>> sentenceTokens = new ArrayList<>();
        int words = 0;
        for (int p = 0; p < paragraphSpans.size(); p++) {
            Span para = paragraphSpans.get(p);
            int paragraphWords = 0;
            for (Span s : splitter.split(text, para)) {
                List<Token> tokens = tokenizer.tokenize(text, s.start(), s.end());
                int n = Tokenizer.countWords(tokens);
                paragraphWords += n;
                sentences.add(new Sentence(sentences.size(), p, s, TextFold.whitespace(s.text()), n));
                sentenceTokens.add(tokens);
                List<PersonExtractor.Candidate> names = people.extract(text, tokens, sentences.size() - 1);
                finds.add(new PersonLinker.SentenceFinds(names, people.bareRoles(text, tokens, names), sentences.size() - 1));
            }
            paragraphs.add(new Paragraph(p, para, TextFold.whitespace(para.text()), paragraphWords));
            words += paragraphWords;
        }
        QuoteScanner.Result quotes = new QuoteScanner(lexicon).scan(text, paragraphSpans);
        TermExtractor.Result terms = TermExtractor.extract(text, sentenceTokens, lexicon.list("function-words"));
        PersonLinker.Result persons = PersonLinker.link(finds, register);
        List<Quotation> quotations = new QuoteAttributor(lexicon).attribute(text, paragraphSpans, sentences, quotes,
                persons.mentions());
        DateExtractor dateExtractor = DateExtractor.of(lexicon);
        List<DateMention> dates = dateExtractor.extract(text, sentences, reference);
        return new Analysis(text, paragraphs, sentences, quotes.marks(), quotes.quotes(), quotations, terms.occurrences(),
                terms.forms(), persons, dates, dateExtractor.events(text, dates),
                FigureExtractor.of(lexicon).extract(text, sentences), words);
    }
}
