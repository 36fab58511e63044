package org.factcheck.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.analysis.Analysis;
import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.extract.DocumentExtractor;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.extract.ExtractedDocument;
import org.factcheck.core.extract.LanguageGuesser;
import org.factcheck.core.facts.Draft;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.report.DocumentInfo;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportBuilder;
import org.factcheck.core.rules.RuleSet;

/**
 * The checking pipeline: extract the text, analyse it into facts, run the rules, build the report. Holds no
 * per-check state: one instance serves concurrent checks.
 */
public final class Checker {
    private final RuleSet rules;
    private final Map<String, Analyzer> analyzers;
    private final DocumentExtractor extractor;
    private final Clock clock;

    public Checker(RuleSet rules) {
        this(rules, new DocumentExtractor(), Clock.systemDefaultZone());
    }

    public Checker(RuleSet rules, DocumentExtractor extractor, Clock clock) {
        this.rules = rules;
        this.analyzers = new HashMap<>();
        rules.packs().forEach((language, pack) -> analyzers.put(language, new Analyzer(pack)));
        this.extractor = extractor;
        this.clock = clock;
    }

    public RuleSet rules() {
        return rules;
    }

    public Report check(CheckRequest request) throws DraftException {
        if (request.language() != null && !rules.languages().contains(request.language())) {
            throw new IllegalArgumentException("language '" + request.language() + "' is not supported (expected one of "
                    + rules.languages().stream().sorted().toList() + ")");
        }
        ExtractedDocument doc = extractor.extract(request.content(), request.source());
        String language;
        String languageSource;
        if (request.language() != null) {
            language = request.language();
            languageSource = "option";
        } else {
            String fallback = doc.language() != null && rules.languages().contains(doc.language()) ? doc.language() : "en";
            language = LanguageGuesser.guess(doc.text(), rules.languages(), fallback);
            languageSource = "detected";
        }
        LocalDate date;
        String dateSource;
        if (request.date() != null) {
            date = request.date();
            dateSource = "option";
        } else if (doc.date() != null) {
            date = doc.date();
            dateSource = "metadata";
        } else {
            LocalDate today = LocalDate.now(clock);
            LocalDate dateline = analyzers.get(language).dateline(doc.text(), today);
            date = dateline != null ? dateline : today;
            dateSource = dateline != null ? "dateline" : "today";
        }

        Analyzer analyzer = analyzers.get(language);
        Analysis analysis = analyzer.analyze(analyzer.annotate(doc.text(), doc.paragraphs()), rules.register(), date);
        List<Object> facts = new ArrayList<>(analysis.facts());
        facts.add(new Draft(language, date, "today".equals(dateSource)));
        List<Finding> findings = rules.run(facts, language);

        DocumentInfo info = new DocumentInfo(doc.title(), language, languageSource, date.toString(), dateSource,
                doc.contentType(), doc.date() != null ? doc.date().toString() : null, analysis.wordCount());
        return new Report(request.source(), info, doc.text(),
                ReportBuilder.findings(doc.text(), findings, rules.messages(language)),
                ReportBuilder.persons(doc.text(), analysis.persons().persons(), analysis.persons().mentions(),
                        analysis.persons().roles()),
                ReportBuilder.dates(doc.text(), analysis.dates()),
                ReportBuilder.figures(doc.text(), analysis.figures()),
                ReportBuilder.quotes(doc.text(), analysis.quotations(), analysis.persons().persons(),
                        analysis.persons().register()));
    }
}
