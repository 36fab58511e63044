package org.factcheck.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.factcheck.core.analysis.Analysis;
import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.analysis.dates.DateExtractor;
import org.factcheck.core.compare.Calendars;
import org.factcheck.core.extract.DocumentExtractor;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.extract.DraftShape;
import org.factcheck.core.extract.ExtractedDocument;
import org.factcheck.core.extract.Extractor;
import org.factcheck.core.facts.DateReach;
import org.factcheck.core.facts.Draft;
import org.factcheck.core.facts.RegisterMatch;
import org.factcheck.core.lang.LanguagePack;
import org.factcheck.core.lang.Messages;
import org.factcheck.core.report.DocumentInfo;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportBuilder;
import org.factcheck.core.rules.CompiledRulesCache;
import org.factcheck.core.rules.Conclusions;
import org.factcheck.core.rules.RuleInfo;
import org.factcheck.core.rules.RuleSet;
import org.factcheck.core.rules.RuleSetException;
import org.factcheck.core.rules.RulesFolder;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.RequiredText;
import org.factcheck.core.text.Tagger;

/**
 * The one door to the checking pipeline. Opened once on a rules folder, it checks drafts: extracts the text, settles
 * the language and the reference date ({@link DraftSettings}), analyses the text into facts, runs the rules and
 * builds the report. Immutable and without per-check state: one instance serves concurrent checks, and
 * {@link #reload()} gives a new one.
 */
public final class Checker {
    /** The most findings of one rule a report lists; the others are counted in {@code omittedFindings}. */
    public static final int MAX_FINDINGS_PER_RULE = 200;
    /** The most findings a report lists in all. */
    public static final int MAX_FINDINGS = 1_000;
    /** The most quotations the report's quotes section lists (the first ones); the others are counted. */
    public static final int MAX_QUOTES = 1_000;
    private final RuleSet rules;
    /** The analyzers built so far, by language: all of them from the start, unless built {@link Languages#ON_DEMAND}. */
    private final Map<String, Analyzer> analyzers;
    private final Languages languages;
    private final Extractor extractor;
    private final Clock clock;
    /** How a {@link #reload} compiles the rules when the cache does not hold them. */
    private final RulesCompilation compilation;

    /** When a checker builds the analyzer of each of the rules' languages (its word lists, patterns and tagger). */
    public enum Languages {
        /**
         * All of them when the checker is made, so that a word list or a pattern template a newsroom broke refuses
         * the folder at start-up, or on a reload that leaves the rules in force, rather than fails a draft.
         */
        AT_ONCE,
        /**
         * Each on the first draft of its language: a run of the command line on French drafts does not read the
         * English word lists and tagger (a tenth of a second and tens of megabytes). A language whose lists do not
         * make an analyzer fails its drafts with {@link LanguageUnavailable}.
         */
        ON_DEMAND
    }

    /** A language's word lists or patterns, built on demand, do not make an analyzer: the rules folder is broken. */
    public static final class LanguageUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LanguageUnavailable(RuleSetException e) {
            super(e.getMessage(), e);
        }
    }

    /**
     * A checker on rules already compiled, with the default limits.
     *
     * @throws RuleSetException when a language's word lists or pattern templates do not make an analyzer
     */
    public Checker(RuleSet rules) throws RuleSetException {
        this(rules, new DocumentExtractor(), Clock.systemDefaultZone(), Languages.AT_ONCE, RulesCompilation.IN_PROCESS);
    }

    private Checker(RuleSet rules, Extractor extractor, Clock clock, Languages languages, RulesCompilation compilation)
            throws RuleSetException {
        this.rules = rules;
        this.languages = languages;
        this.compilation = compilation;
        this.analyzers = new ConcurrentHashMap<>();
        this.extractor = extractor;
        this.clock = clock;
        if (languages == Languages.AT_ONCE) {
            List<String> problems = new ArrayList<>();
            for (String language : rules.packs().keySet()) {
                try {
                    analyzers.put(language, analyzer(rules.folder(), rules.packs().get(language), language));
                } catch (RuleSetException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleSetException(rules.folder().description(), problems);
            }
        } else {
            // a process started for a few drafts reads the holidays' calendars while it builds the first analyzer
            Set<String> countries = new TreeSet<>();
            rules.packs().values().forEach(p -> countries.addAll(DateExtractor.holidayCountries(p.lexicon())));
            Calendars.readInBackground(countries);
        }
    }

    /** {@code base}'s rules and analyzers (the same map: one built for either is built for both), reading as {@code extractor}. */
    private Checker(Checker base, Extractor extractor) {
        this.rules = base.rules;
        this.languages = base.languages;
        this.compilation = base.compilation;
        this.analyzers = base.analyzers;
        this.extractor = extractor;
        this.clock = base.clock;
    }

    /**
     * This checker's rules and analyzers, reading drafts as {@code parsing} does: for a process that keeps a checker
     * for runs that each read their drafts in their own way. An analyzer built on a draft of either is kept by both.
     */
    public Checker readingWith(Parsing parsing) {
        return new Checker(this, parsing.extractor());
    }

    /** The languages whose analyzer is built. */
    Set<String> analyzed() {
        return Set.copyOf(analyzers.keySet());
    }

    /** The analyzer of {@code language}, built on its first draft when the checker builds them on demand. */
    private Analyzer analyzer(String language) {
        Analyzer a = analyzers.get(language);
        if (a == null) {
            synchronized (analyzers) {
                a = analyzers.get(language);
                if (a == null) {
                    try {
                        a = analyzer(rules.folder(), rules.packs().get(language), language);
                    } catch (RuleSetException e) {
                        throw new LanguageUnavailable(e);
                    }
                    analyzers.put(language, a);
                }
            }
        }
        return a;
    }

    /** The analyzer of one language: its pack's word lists and pattern templates, and its tagger. */
    private static Analyzer analyzer(RulesFolder folder, LanguagePack pack, String language) throws RuleSetException {
        String problem;
        try {
            return new Analyzer(pack, Tagger.load(folder.root().resolve(language), language));
        } catch (IllegalArgumentException e) { // a bad pattern, number or key in a list
            problem = language + "/: " + String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\n\\s*", " ");
        } catch (IOException e) { // a part-of-speech model that cannot be read
            problem = language + "/" + Tagger.OWN_MODEL + ": " + e.getMessage();
        }
        throw new RuleSetException(folder.description(), List.of(problem));
    }

    /**
     * Compiles a rules folder into a checker, with the default limits.
     *
     * @param folder the rules folder, or {@code null} for the one named by the system property {@code factcheck.rules},
     *               else the environment variable {@code FACTCHECK_RULES}, else the packaged rules
     * @throws RuleSetException         when the folder does not compile; it lists each problem
     * @throws IllegalArgumentException when the folder is not a directory
     */
    public static Checker open(Path folder) throws RuleSetException {
        return open(folder, DocumentExtractor.DEFAULT_MAX_CHARS);
    }

    /** As {@link #open(Path)}, refusing drafts whose text is longer than {@code maxTextChars}. */
    public static Checker open(Path folder, int maxTextChars) throws RuleSetException {
        return open(folder, Parsing.inProcess(maxTextChars));
    }

    /**
     * As {@link #open(Path)}, reading drafts as {@code parsing} does (which stays the caller's to close, after the
     * checker's last use).
     */
    public static Checker open(Path folder, Parsing parsing) throws RuleSetException {
        return open(folder, parsing, Languages.AT_ONCE);
    }

    /** As {@link #open(Path, Parsing)}, building the languages' analyzers as {@code languages} says. */
    public static Checker open(Path folder, Parsing parsing, Languages languages) throws RuleSetException {
        return open(folder, parsing, languages, RulesCompilation.IN_PROCESS);
    }

    /**
     * As {@link #open(Path, Parsing, Languages)}, rules that the cache does not hold compiled as {@code compilation}
     * says, now and at each {@link #reload}: a service compiles them in a child process.
     */
    public static Checker open(Path folder, Parsing parsing, Languages languages, RulesCompilation compilation)
            throws RuleSetException {
        CompiledRulesCache cache = CompiledRulesCache.fromEnvironment();
        // the packaged rules read from a copy in the cache folder, as a command line does (see RulesFolder.resolve)
        RulesFolder rulesFolder = folder != null ? RulesFolder.of(folder) : RulesFolder.resolve(null, cache.folder());
        return new Checker(RuleSet.load(rulesFolder, cache, compilation), parsing.extractor(),
                Clock.systemDefaultZone(), languages, compilation);
    }

    /**
     * As {@link #open(Path, Parsing, Languages)} {@link Languages#ON_DEMAND}, the analyzer of the first draft's
     * language built while the rule base is read back or compiled on a thread of its own: a command line checking one
     * draft then waits for neither in turn. That language is {@code language} when given, else the one
     * {@code firstText}'s text is detected in (null: not known); a language named wrongly only costs the building of
     * its analyzer, the draft's own is built at its check. The packaged rules are read from their copy in the cache
     * folder ({@link RulesFolder#resolve(String, Path)}). Messages name {@code folder} as {@code shown} (null: as
     * {@code folder} prints), the name its user gave it where it was read from another working folder.
     */
    public static Checker openForFirst(Path folder, String shown, Parsing parsing, String language,
            Supplier<String> firstText) throws RuleSetException {
        CompiledRulesCache cache = CompiledRulesCache.fromEnvironment();
        // the packaged rules read from a copy in the cache folder, not in the jar (see RulesFolder.resolve)
        RulesFolder rulesFolder = folder == null ? RulesFolder.resolve(null, cache.folder())
                : RulesFolder.of(folder, shown != null ? shown : folder.toString());
        Map<String, Analyzer> early = new HashMap<>();
        RuleSet rules = RuleSet.load(rulesFolder, cache, packs -> {
            String text = language == null ? firstText.get() : null;
            String first = language != null ? language : text != null ? DraftSettings.detected(text, packs.keySet())
                    : null;
            if (first != null && packs.containsKey(first)) {
                try {
                    early.put(first, analyzer(rulesFolder, packs.get(first), first));
                } catch (RuleSetException e) {
                    // built again at the first draft in it, whose check reports the problem
                }
            }
        });
        Checker checker = new Checker(rules, parsing.extractor(), Clock.systemDefaultZone(), Languages.ON_DEMAND,
                RulesCompilation.IN_PROCESS);
        checker.analyzers.putAll(early);
        return checker;
    }

    /**
     * The cache folder, where compiled rules are kept ({@code $FACTCHECK_CACHE}, else {@code $XDG_CACHE_HOME/factcheck},
     * else {@code ~/.cache/factcheck}); null when it is {@code off}.
     */
    public static Path cacheFolder() {
        return CompiledRulesCache.folderFromEnvironment();
    }

    /**
     * The same folder compiled again (the rules as they are on disk now), with the same limits. This checker is left
     * as it was, also when the folder no longer compiles.
     */
    public Checker reload() throws RuleSetException {
        return new Checker(RuleSet.load(rules.folder().again(), CompiledRulesCache.fromEnvironment(), compilation),
                extractor, clock, languages, compilation);
    }

    /** The finding rules, by id. */
    public List<RuleDescription> rules() {
        return rules.rules().values().stream().map(RuleDescription::of)
                .sorted(Comparator.comparing(RuleDescription::id)).toList();
    }

    /** The languages the rules have messages and word lists for ({@code fr}, {@code en}). */
    public Set<String> languages() {
        return rules.languages();
    }

    /**
     * The name of a category ({@code NAME}) in {@code language}: its message {@code category.NAME}, else its id.
     */
    public String categoryName(String category, String language) {
        String key = "category." + category;
        Messages m = rules.messages(language);
        return m.has(key) ? m.format(key, Map.of()) : category;
    }

    /** The rules folder, named for people: its path, or "packaged rules". */
    public String rulesFolder() {
        return rules.folder().description();
    }

    /**
     * Refuses a language the rules do not have; {@code null} (detect it) passes. {@link #check} asks the same, so a
     * caller needs this only to refuse an option before it has a draft.
     */
    public void requireLanguage(String language) throws DraftException.UnsupportedLanguage {
        if (language != null && !rules.languages().contains(language)) {
            throw new DraftException.UnsupportedLanguage(language, rules.languages());
        }
    }

    /** Refuses rule ids the rules folder does not have, naming the rules that are off by default. */
    public void requireRules(Set<String> ids) throws DraftException.UnknownRule {
        List<String> unknown = ids.stream().filter(id -> !rules.rules().containsKey(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new DraftException.UnknownRule(unknown, rules.rules().values().stream()
                    .filter(r -> !r.onByDefault()).map(RuleInfo::id).sorted().toList());
        }
    }

    /** The rules' language a plain text is detected in, as a check given no language settles it. */
    public String detectedLanguage(String text) {
        return DraftSettings.detected(text, rules.languages());
    }

    /**
     * Checks a draft.
     *
     * @throws DraftException when it cannot be: unreadable, of a language the rules lack, asking for rules the folder
     *                        lacks, or not prose ({@link DraftShape})
     */
    public Report check(CheckRequest request) throws DraftException {
        return check(request, true);
    }

    /**
     * {@link #check(CheckRequest)}; the shape of the text is left unchecked when {@code requireProse} is false: for a
     * draft made up on purpose, such as the benchmark's copies of one article, whose untouched paragraphs repeat.
     */
    public Report check(CheckRequest request, boolean requireProse) throws DraftException {
        try {
            requireLanguage(request.language());
            requireRules(request.enable());
            ExtractedDocument doc = extractor.extract(request.content(), request.source());
            if (requireProse) {
                DraftShape.require(doc.text(), doc.paragraphs());
            }
            Analyzed analyzed = analyze(request, doc);
            DraftSettings settings = analyzed.settings();
            List<Object> facts = new ArrayList<>(analyzed.analysis().facts());
            facts.add(new Draft(settings.language(), settings.date(), settings.dateIsToday()));
            Conclusions conclusions = rules.conclude(facts, settings.language());
            return report(request, doc, settings, analyzed.analysis(), conclusions);
        } finally {
            RequiredText.forget(); // the draft's sentences, kept for its patterns' searches
        }
    }

    /** A draft's settings, and the facts its analysis found. */
    private record Analyzed(DraftSettings settings, Analysis analysis) {
    }

    /**
     * The draft's settings and analysis. Its annotated text (each word with its tag: 10 MB for a draft of 82,700
     * words, whose rules then hold 30 to 40 MB) is this method's alone, so that it is no longer reachable once the
     * analysis is made: a frame of {@link #check} not yet compiled keeps each of its variables alive to its end, and
     * the collections that the rules' work sets off would copy the text with their own memory.
     */
    private Analyzed analyze(CheckRequest request, ExtractedDocument doc) {
        DraftSettings.Language language = DraftSettings.language(request, doc, rules.languages());
        Analyzer analyzer = analyzer(language.code());
        AnnotatedText annotated = analyzer.annotate(doc.text(), doc.paragraphs());
        DraftSettings settings = DraftSettings.settle(request, doc, language,
                today -> analyzer.dateline(annotated, today), clock);
        return new Analyzed(settings, analyzer.analyze(annotated, rules.register(), settings.date()));
    }

    /**
     * The report, with the findings of the rules on by default and of those the check turns on ({@code enable}), but
     * those it turns off ({@code disable}) and those below its least severity.
     */
    private Report report(CheckRequest request, ExtractedDocument doc, DraftSettings settings, Analysis analysis,
                          Conclusions conclusions) {
        String source = request.source();
        String text = doc.text();
        org.factcheck.core.facts.Severity least = org.factcheck.core.facts.Severity.parse(request.minSeverity());
        ReportBuilder.Listed listed = ReportBuilder.findings(text, conclusions.findings().stream()
                        .filter(f -> rules.rules().get(f.rule()).onByDefault() || request.enable().contains(f.rule()))
                        .filter(f -> !request.disable().contains(f.rule()) && f.severity().compareTo(least) >= 0).toList(),
                rules.messages(settings.language()), MAX_FINDINGS_PER_RULE, MAX_FINDINGS);
        DocumentInfo info = new DocumentInfo(doc.title(), settings.language(), settings.languageSource(),
                settings.date().toString(), settings.dateSource(), doc.contentType(),
                doc.date() != null ? doc.date().toString() : null, analysis.wordCount(), listed.omitted(),
                Math.max(0, analysis.quotations().size() - MAX_QUOTES));
        return new Report(source, info, text, listed.findings(),
                ReportBuilder.persons(text, analysis.persons().persons(), analysis.persons().mentions(),
                        analysis.persons().roles()),
                ReportBuilder.dates(text, analysis.dates(), conclusions.all(DateReach.class)),
                ReportBuilder.figures(text, analysis.figures()),
                ReportBuilder.quotes(text, analysis.quotations().subList(0, Math.min(MAX_QUOTES,
                                analysis.quotations().size())), analysis.persons().persons(),
                        registerMatches(analysis, conclusions)));
    }

    /** The register entries the rules took for persons of the draft, in the order the analysis found them. */
    private static List<RegisterMatch> registerMatches(Analysis analysis, Conclusions conclusions) {
        Set<RegisterMatch> taken = new HashSet<>(conclusions.all(RegisterMatch.class));
        return analysis.persons().register().stream().map(c -> new RegisterMatch(c.person(), c.entry()))
                .filter(taken::contains).distinct().toList();
    }
}
