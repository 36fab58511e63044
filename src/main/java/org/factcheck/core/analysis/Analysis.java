package org.factcheck.core.analysis;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.analysis.people.PersonLinker;
import org.factcheck.core.facts.Amount;
import org.factcheck.core.facts.DateEvent;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Figure;
import org.factcheck.core.facts.Paragraph;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.facts.Quote;
import org.factcheck.core.facts.QuoteMark;
import org.factcheck.core.facts.Sentence;
import org.factcheck.core.facts.Tally;
import org.factcheck.core.facts.TermForm;
import org.factcheck.core.facts.TermOccurrence;
import org.factcheck.core.facts.YearGap;

/** What the analysis found in a draft's text: the facts handed to the rules. */
public record Analysis(String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<QuoteMark> quoteMarks,
                       List<Quote> quotes, List<Quotation> quotations, List<TermOccurrence> termOccurrences, List<TermForm> termForms,
                       PersonLinker.Result persons, List<DateMention> dates, List<DateEvent> dateEvents,
                       List<Figure> figures, List<Amount> amounts, List<YearGap> yearGaps, List<Tally> tallies,
                       int wordCount) {
    public Analysis {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        quoteMarks = List.copyOf(quoteMarks);
        quotes = List.copyOf(quotes);
        quotations = List.copyOf(quotations);
        termOccurrences = List.copyOf(termOccurrences);
        termForms = List.copyOf(termForms);
        dates = List.copyOf(dates);
        dateEvents = List.copyOf(dateEvents);
        figures = List.copyOf(figures);
        amounts = List.copyOf(amounts);
        yearGaps = List.copyOf(yearGaps);
        tallies = List.copyOf(tallies);
    }

    /** Every fact, for insertion into a rule session. */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>(paragraphs.size() + sentences.size() + quoteMarks.size() + quotes.size()
                + termOccurrences.size() + termForms.size());
        all.addAll(paragraphs);
        all.addAll(sentences);
        all.addAll(quoteMarks);
        all.addAll(quotes);
        all.addAll(quotations);
        all.addAll(termOccurrences);
        all.addAll(termForms);
        all.addAll(persons.persons());
        all.addAll(persons.mentions());
        all.addAll(persons.roles());
        all.addAll(persons.shared());
        all.addAll(persons.similar());
        all.addAll(persons.register());
        all.addAll(persons.kin());
        all.addAll(persons.organisations());
        all.addAll(persons.countries());
        all.addAll(dates);
        all.addAll(dateEvents);
        all.addAll(figures);
        all.addAll(amounts);
        all.addAll(yearGaps);
        all.addAll(tallies);
        return all;
    }
}
