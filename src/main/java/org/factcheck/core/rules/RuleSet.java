package org.factcheck.core.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.factcheck.core.RulesCompilation;
import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.RegisterEntry;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.lang.LanguagePack;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.lang.Messages;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Everything read from a rules folder, compiled and checked once per process: the DRL files of the whole tree in
 * one shared {@link KieBase}, and per language its {@link Lexicon} and {@link Messages}. Each check runs in a
 * session of its own, so a {@code RuleSet} serves concurrent checks.
 *
 * <p>Layout: {@code *.drl} anywhere under the root; one folder per language ({@code fr/}, {@code en/}) holding
 * {@code messages.properties} and the word lists ({@code *.txt}).
 */
public final class RuleSet {
    /** The global through which rules reach the draft language's word lists. */
    public static final String LEXICON_GLOBAL = "lexicon";
    /** The global through which rules reach the draft's sentences by index and by paragraph ({@link Sentences}). */
    public static final String SENTENCES_GLOBAL = "sentences";

    private final RulesFolder folder;
    private final KieBase kieBase;
    /** Sessions of {@link #kieBase} kept for reuse: a disposed one is reset and taken again, its network's memory kept. */
    private final org.kie.api.runtime.KieSessionsPool sessions;
    private final Map<String, RuleInfo> rules;
    private final Map<String, LanguagePack> packs;
    /** The languages of {@link #packs}, made once: each check asks (in a hash set's order, as it always had them). */
    private final Set<String> languages;
    private final boolean lexiconGlobalDeclared;
    private final boolean sentencesGlobalDeclared;
    private final List<RegisterEntry> register;
    /** The severities the newsroom register sets, by rule id, over the DRL's. */
    private final Map<String, SeveritySet> severities;

    /** A rule's severity in its DRL, and the one the newsroom register sets instead. */
    private record SeveritySet(Severity declared, Severity set) {
    }

    private RuleSet(RulesFolder folder, KieBase kieBase, Map<String, RuleInfo> rules, Map<String, LanguagePack> packs,
                    Set<String> globals, List<RegisterEntry> register, Map<String, SeveritySet> severities) {
        this.severities = severities;
        this.folder = folder;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = rules;
        this.packs = packs;
        this.languages = Collections.unmodifiableSet(new HashSet<>(packs.keySet()));
        this.lexiconGlobalDeclared = globals.contains(LEXICON_GLOBAL);
        this.sentencesGlobalDeclared = globals.contains(SENTENCES_GLOBAL);
        this.register = register;
    }

    /**
     * Compiles and validates the folder; any problem (a DRL error, bad metadata, a missing message) refuses it. The
     * compiled rules are kept in, and read back from, the cache {@link CompiledRulesCache#fromEnvironment()} names.
     */
    public static RuleSet load(RulesFolder folder) throws RuleSetException {
        return load(folder, CompiledRulesCache.fromEnvironment());
    }

    /** As {@link #load(RulesFolder)}, with the compiled rules kept in {@code cache}. */
    public static RuleSet load(RulesFolder folder, CompiledRulesCache cache) throws RuleSetException {
        return load(folder, cache, packs -> { });
    }

    /**
     * As {@link #load(RulesFolder, CompiledRulesCache)}, giving {@code whileCompiling} the language packs once they
     * are read, before the rule base is waited for: the rule base is read back or compiled on a thread of its own,
     * and a caller has work of its own for that time (a command line builds the analyzer of its first draft's
     * language). Not called for a folder already refused.
     */
    public static RuleSet load(RulesFolder folder, CompiledRulesCache cache,
                               Consumer<Map<String, LanguagePack>> whileCompiling) throws RuleSetException {
        return load(folder, cache, RulesCompilation.IN_PROCESS, whileCompiling);
    }

    /**
     * As {@link #load(RulesFolder, CompiledRulesCache)}, rules that {@code cache} does not hold compiled as
     * {@code compilation} says.
     */
    public static RuleSet load(RulesFolder folder, CompiledRulesCache cache, RulesCompilation compilation)
            throws RuleSetException {
        return load(folder, cache, compilation, packs -> { });
    }

    private static RuleSet load(RulesFolder folder, CompiledRulesCache cache, RulesCompilation compilation,
                                Consumer<Map<String, LanguagePack>> whileCompiling) throws RuleSetException {
        Path root = folder.root();
        List<String> problems = new ArrayList<>();
        Map<String, String> sources = new TreeMap<>();
        Map<String, LanguagePack> packs = new TreeMap<>();
        Map<String, Messages> messages = new TreeMap<>();
        Register.Contents register;
        FutureTask<KieBase> compiled = null;
        try {
            for (Path drl : files(root, ".drl")) {
                sources.put(root.relativize(drl).toString().replace('\\', '/'), Files.readString(drl, StandardCharsets.UTF_8));
            }
            if (!sources.isEmpty()) {
                compiled = inBackground(folder, sources, cache, compilation);
            }
            register = Register.read(root, problems);
            Map<String, Lexicon.WordList> shared = Lexicon.readLists(root); // read once for every language
            Lexicon.foldInBackground(shared.values());
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
                    Path props = dir.resolve("messages.properties");
                    if (Files.isDirectory(dir) && Files.isRegularFile(props)) {
                        String lang = dir.getFileName().toString().replace("/", "");
                        LanguagePack pack = LanguagePack.load(root, lang, shared);
                        packs.put(lang, pack);
                        messages.put(lang, pack.messages());
                    }
                }
            }
        } catch (IOException e) {
            throw new RuleSetException(folder.description(), List.of("cannot read: " + e));
        }
        if (sources.isEmpty()) {
            problems.add("no .drl file");
        }
        if (messages.isEmpty()) {
            problems.add("no language folder (a folder holding messages.properties, such as fr/ or en/)");
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(folder.description(), problems);
        }

        whileCompiling.accept(Collections.unmodifiableMap(packs));
        KieBase kieBase = result(compiled);
        Map<String, Declared> declared = declarations(sources);
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Set<String> globals = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Global g : pkg.getGlobalVariables()) {
                globals.add(g.getName());
            }
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = ruleInfo(rule, declared, messages, problems);
                if (info != null && rules.putIfAbsent(info.id(), info) != null) {
                    problems.add(where(declared, rule) + ": rule id '" + info.id() + "' is already used by rule \""
                            + rules.get(info.id()).name() + "\" in " + rules.get(info.id()).file());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(folder.description(), problems);
        }
        Map<String, SeveritySet> severities = new HashMap<>();
        register.rules().forEach((id, setting) -> {
            RuleInfo r = rules.get(id);
            if (r == null) {
                problems.add(Register.FILE + ": rules: no rule \"" + id + "\"");
            } else if (setting.equals("on") || setting.equals("off")) {
                rules.put(id, new RuleInfo(r.id(), r.name(), r.category(), r.severity(), r.file(), r.languages(),
                        setting.equals("on")));
            } else {
                severities.put(id, new SeveritySet(r.severity(), Severity.parse(setting)));
                rules.put(id, new RuleInfo(r.id(), r.name(), r.category(), Severity.parse(setting), r.file(),
                        r.languages(), r.onByDefault()));
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleSetException(folder.description(), problems);
        }
        Map<String, RuleInfo> sorted = new TreeMap<>(rules);
        return new RuleSet(folder, kieBase, Map.copyOf(sorted), Map.copyOf(packs),
                globals, register.persons(), Map.copyOf(severities));
    }

    /**
     * The rule base of {@code sources} (see {@link #kieBase}), built on a thread of its own while the caller reads the
     * word lists: the two take about as long when a command line starts, and a machine has two cores or more. A
     * daemon thread, which a folder refused for another reason leaves to finish unheard.
     */
    private static FutureTask<KieBase> inBackground(RulesFolder folder, Map<String, String> sources,
                                                    CompiledRulesCache cache, RulesCompilation compilation) {
        FutureTask<KieBase> task = new FutureTask<>(() -> kieBase(folder, sources, cache, compilation));
        Thread thread = new Thread(task, "factcheck-rules-build");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** What {@link #inBackground} built, or the problem it met, as the caller's own. */
    private static KieBase result(FutureTask<KieBase> compiled) throws RuleSetException {
        try {
            return compiled.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules were compiled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleSetException r) {
                throw r;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * The rule base of {@code sources}: read back from {@code cache} when it holds them, else compiled as
     * {@code compilation} says (and kept there).
     *
     * @throws RuleSetException when they do not compile, listing the compiler's problems
     */
    private static KieBase kieBase(RulesFolder folder, Map<String, String> sources, CompiledRulesCache cache,
                                   RulesCompilation compilation) throws RuleSetException {
        String key = CompiledRulesCache.key(sources);
        Collection<KiePackage> packages = cache.read(key, RuleSet.class.getClassLoader());
        if (packages == null && compilation == RulesCompilation.CHILD_PROCESS) {
            packages = compiledInChild(folder, key, sources, cache);
        }
        if (packages == null) {
            Compiled compiled = compile(sources);
            if (!compiled.problems().isEmpty()) {
                throw new RuleSetException(folder.description(), compiled.problems());
            }
            packages = compiled.packages();
            cache.write(key, packages);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return kieBase;
    }

    /**
     * {@code sources} compiled in a child process ({@link ChildCompilation}), read back and kept in {@code cache}
     * under {@code key} as the child wrote them; null, after a warning, when no child answered or its answer cannot be
     * read (the caller then compiles them itself).
     *
     * @throws RuleSetException when they do not compile, listing the compiler's problems as the child found them
     */
    private static Collection<KiePackage> compiledInChild(RulesFolder folder, String key, Map<String, String> sources,
                                                          CompiledRulesCache cache) throws RuleSetException {
        ChildCompilation.Result child = ChildCompilation.compile(sources, cache.warn());
        if (child == null) {
            return null;
        }
        if (!child.problems().isEmpty()) {
            throw new RuleSetException(folder.description(), child.problems());
        }
        Collection<KiePackage> packages;
        try {
            packages = CompiledRulesCache.deserialize(child.packages(), RuleSet.class.getClassLoader());
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            cache.warn().accept("the rules compiled by the child process cannot be read (" + e
                    + "); they are compiled in this process");
            return null;
        }
        cache.writeSerialized(key, child.packages());
        return packages;
    }

    /**
     * The packages of {@code sources} (path to DRL text), compiled in this process, or the compiler's problems.
     *
     * @param packages the compiled packages; empty when there are problems
     * @param problems the compiler's problems, each naming its file and line; empty when the rules compiled
     */
    record Compiled(Collection<KiePackage> packages, List<String> problems) {
    }

    /** {@code sources} compiled here: Drools' parser, MVEL and the Java compiler, loaded for good if not yet. */
    static Compiled compile(Map<String, String> sources) {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null,
                RuleSet.class.getClassLoader());
        // Facts are immutable and never modified, so property reactivity has nothing to watch.
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        sources.forEach((path, drl) -> builder.add(ResourceFactory.newByteArrayResource(
                drl.getBytes(StandardCharsets.UTF_8)).setSourcePath(path), ResourceType.DRL));
        if (builder.hasErrors()) {
            List<String> problems = new ArrayList<>();
            for (KnowledgeBuilderResult error : builder.getErrors()) {
                problems.add(describe(error));
            }
            return new Compiled(List.of(), List.copyOf(problems));
        }
        return new Compiled(builder.getKnowledgePackages(), List.of());
    }

    /** Reads a rule's metadata; {@code null} for a derivation rule (one with no {@code @id}). */
    private static RuleInfo ruleInfo(Rule rule, Map<String, Declared> declared, Map<String, Messages> messages,
                                     List<String> problems) {
        String id = Findings.meta(rule, "id");
        String category = Findings.meta(rule, "category");
        String severity = Findings.meta(rule, "severity");
        String onOff = Findings.meta(rule, "default");
        if (onOff != null && !"on".equals(onOff) && !"off".equals(onOff)) {
            problems.add(where(declared, rule) + ": rule \"" + rule.getName() + "\" has @default(" + onOff
                    + "); expected on or off");
        }
        if (id == null) {
            if (category != null || severity != null) {
                problems.add(where(declared, rule) + ": rule \"" + rule.getName()
                        + "\" has @category or @severity but no @id");
            }
            return null;
        }
        Category cat = null;
        Severity sev = null;
        try {
            cat = Category.valueOf(String.valueOf(category));
        } catch (IllegalArgumentException e) {
            problems.add(where(declared, rule) + ": rule \"" + rule.getName() + "\" has @category(" + category
                    + "); expected one of " + List.of(Category.values()));
        }
        try {
            sev = Severity.parse(String.valueOf(severity));
        } catch (IllegalArgumentException e) {
            problems.add(where(declared, rule) + ": rule \"" + rule.getName() + "\": " + e.getMessage());
        }
        List<String> languages = new ArrayList<>();
        messages.forEach((lang, m) -> {
            if (m.has(id)) {
                languages.add(lang);
            } else {
                problems.add(lang + "/messages.properties: no message for rule id '" + id + "' (rule \""
                        + rule.getName() + "\" in " + file(declared, rule) + ")");
            }
        });
        if (cat == null || sev == null) {
            return null;
        }
        return new RuleInfo(id, rule.getName(), cat, sev, file(declared, rule), List.copyOf(languages),
                !"off".equals(onOff));
    }

    private static String describe(KnowledgeBuilderResult error) {
        String file = error.getResource() != null && error.getResource().getSourcePath() != null
                ? error.getResource().getSourcePath() : "?";
        int[] lines = error.getLines();
        String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
        return file + line + ": " + error.getMessage().strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** Where a rule is declared: its DRL file, and the line of its {@code rule "name"}. */
    private record Declared(String file, int line) {
    }

    /**
     * Where each rule of {@code sources} is declared, by name: the first file (in the folder's order) with a line
     * {@code rule "name"} (or {@code rule name}), and the first such line in it. Each source is read once.
     */
    private static Map<String, Declared> declarations(Map<String, String> sources) {
        Map<String, Declared> out = new HashMap<>();
        sources.forEach((file, source) -> {
            String[] lines = source.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (!l.startsWith("rule ")) {
                    continue;
                }
                String name;
                if (l.startsWith("rule \"")) {
                    int end = l.indexOf('"', 6);
                    name = end < 0 ? null : l.substring(6, end);
                } else {
                    int end = l.indexOf(' ', 5);
                    name = end < 0 ? l.substring(5) : l.substring(5, end);
                }
                if (name != null) {
                    out.putIfAbsent(name, new Declared(file, i + 1));
                }
            }
        });
        return out;
    }

    /** The DRL file declaring {@code rule}. */
    private static String file(Map<String, Declared> declared, Rule rule) {
        Declared d = declared.get(rule.getName());
        return d != null ? d.file() : "?";
    }

    private static String where(Map<String, Declared> declared, Rule rule) {
        Declared d = declared.get(rule.getName());
        return d != null ? d.file() + ":" + d.line() : "?";
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(suffix))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Runs the rules over one draft's facts in a session of its own (taken from the pool, reset after) and returns
     * their findings.
     *
     * @param language the draft's language, whose lexicon the rules see as the global {@value #LEXICON_GLOBAL}
     */
    public List<Finding> run(Collection<?> facts, String language) {
        return conclude(facts, language).findings();
    }

    /**
     * Runs the rules over one draft's facts in a session of its own (taken from the pool, reset after) and returns
     * what they concluded: the findings, and
     * every fact the session held at the end (those given and those the derivation rules inserted).
     *
     * @param language the draft's language, whose lexicon the rules see as the global {@value #LEXICON_GLOBAL}
     */
    public Conclusions conclude(Collection<?> facts, String language) {
        KieSession session = sessions.newKieSession();
        try {
            if (lexiconGlobalDeclared) {
                session.setGlobal(LEXICON_GLOBAL, lexicon(language));
            }
            if (sentencesGlobalDeclared) {
                session.setGlobal(SENTENCES_GLOBAL, Sentences.of(facts));
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            List<Object> held = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Finding f) {
                    findings.add(newsroomSeverity(f));
                } else {
                    held.add(o);
                }
            }
            return new Conclusions(findings, held);
        } finally {
            if (sentencesGlobalDeclared) {
                session.setGlobal(SENTENCES_GLOBAL, Sentences.none()); // the pooled session keeps no draft's sentences
            }
            session.dispose();
        }
    }

    /**
     * The finding at the severity the newsroom register sets for its rule, when the rule gave it its own (a finding
     * a rule lowered to info, as tentative, stays info).
     */
    private Finding newsroomSeverity(Finding f) {
        SeveritySet s = severities.get(f.rule());
        if (s == null || s.declared() != f.severity()) {
            return f;
        }
        return new Finding(f.rule(), f.category(), s.set(), f.span(), f.related(), f.suggestion(), f.suggestionKey(),
                f.args());
    }

    /** The newsroom register's entries (none without a register file). */
    public List<RegisterEntry> register() {
        return register;
    }

    public RulesFolder folder() {
        return folder;
    }

    /** The finding rules, by id. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** Languages with a folder of their own (messages and word lists). */
    public Set<String> languages() {
        return languages;
    }

    /** The language pack of {@code language}, or of English (else the first language) when it has none. */
    public LanguagePack pack(String language) {
        LanguagePack p = packs.get(language);
        if (p == null) {
            p = packs.get("en");
        }
        return p != null ? p : packs.values().iterator().next();
    }

    /** Every language pack, by language. */
    public Map<String, LanguagePack> packs() {
        return packs;
    }

    /** The lexicon of {@code language}'s pack (see {@link #pack}). */
    public Lexicon lexicon(String language) {
        return pack(language).lexicon();
    }

    /** The messages of {@code language}'s pack (see {@link #pack}). */
    public Messages messages(String language) {
        return pack(language).messages();
    }
}
