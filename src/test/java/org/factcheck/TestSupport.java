package org.factcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.factcheck.core.Checker;
import org.factcheck.core.rules.RuleSet;
import org.factcheck.core.rules.RuleSetException;
import org.factcheck.core.rules.RulesFolder;

/** Shared by the tests: the project's folders, and one rule set compiled once for the whole run. */
public final class TestSupport {
    private static RuleSet rules;
    private static Checker checker;
    private static final java.util.Map<String, org.factcheck.core.analysis.Analyzer> analyzers = new java.util.HashMap<>();

    private TestSupport() {
    }

    public static Path projectDir() {
        String dir = System.getProperty("factcheck.project.dir");
        return (dir != null ? Paths.get(dir) : Paths.get("")).toAbsolutePath();
    }

    /** The rules folder of the source tree, so that tests see edits without a rebuild. */
    public static synchronized RuleSet rules() {
        if (rules == null) {
            try {
                rules = RuleSet.load(RulesFolder.of(projectDir().resolve("rules")));
            } catch (RuleSetException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return rules;
    }

    public static synchronized Checker checker() {
        if (checker == null) {
            try {
                checker = new Checker(rules());
            } catch (RuleSetException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return checker;
    }

    /** The analysis of a plain text in {@code language}, against the register of the project's rules. */
    public static synchronized org.factcheck.core.analysis.Analysis analyze(String text, String language,
                                                                            java.time.LocalDate reference) {
        org.factcheck.core.analysis.Analyzer analyzer = analyzer(language);
        return analyzer.analyze(analyzer.annotate(text), rules().register(), reference);
    }

    /** The analyzer of {@code language} of the project's rules, with its tagger: one for the test run. */
    public static synchronized org.factcheck.core.analysis.Analyzer analyzer(String language) {
        return analyzers.computeIfAbsent(language, l -> {
            try {
                return new org.factcheck.core.analysis.Analyzer(rules().pack(l),
                        org.factcheck.core.text.Tagger.load(rules().folder().root().resolve(l), l));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A copy of the project's rules folder in {@code target} (made there), to break or edit on purpose. */
    public static Path copyOfRules(Path target) throws java.io.IOException {
        Path source = projectDir().resolve("rules");
        try (java.util.stream.Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** The bench article (an 800-word French draft written for this project), as the jar bundles it for `bench`. */
    public static String benchArticle() throws java.io.IOException {
        try (java.io.InputStream in = TestSupport.class.getResourceAsStream("/bench/article-fr.txt")) {
            if (in == null) {
                throw new java.io.IOException("the bundled bench article /bench/article-fr.txt is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** {@code ../shared} beside the checkout, or {@code null} when it is absent. */
    public static Path shared() {
        Path p = projectDir().resolveSibling("shared");
        return Files.isDirectory(p) ? p : null;
    }

    /**
     * A data folder {@code data} under {@code parent} with its accounts file written (one editor), so that a server
     * started on it prints no generated password.
     */
    public static java.nio.file.Path dataFolder(java.nio.file.Path parent) throws java.io.IOException {
        java.nio.file.Path data = java.nio.file.Files.createDirectories(parent.resolve("data"));
        java.nio.file.Files.writeString(data.resolve("users.properties"), "editor: editor-pw, editor\n");
        return data;
    }

    /**
     * The bytes this thread allocates in running {@code work}: what a step's cost in the heap grows with, compared
     * between drafts of two lengths (a measure of work, not of time, that a loaded machine leaves as it is).
     */
    public static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
