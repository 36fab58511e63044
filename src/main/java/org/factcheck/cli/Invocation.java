package org.factcheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.factcheck.core.Checker;
import org.factcheck.core.Parsing;
import org.factcheck.core.rules.RuleSetException;

/**
 * Where a run of {@code check} happens: its working folder, its standard streams, whether they are a terminal, the
 * environment it reads, and where its drafts are read and its checker built. A run of this process is
 * {@link #here()}; a run the resident checker does for a client ({@link ResidentServer}) is the client's folder and
 * streams, with a checker kept from one run to the next.
 *
 * @param cwd         the folder relative paths are read from ({@code Path.of("")} for this process's)
 * @param console     whether standard input and output are a terminal (colours, the progress line)
 * @param environment the variables a check reads: {@code NO_COLOR}, {@code FACTCHECK_RULES}
 */
record Invocation(Path cwd, InputStream in, PrintStream out, PrintStream err, boolean console,
        Map<String, String> environment, Drafts drafts) {
    /** Where drafts are read and checkers built for a run. */
    interface Drafts {
        /**
         * Runs {@code run} with the parsing asked for: in this process, or texts here and the other drafts in a child
         * of {@code memoryMb} MB (started at once unless {@code textsOnly}).
         */
        <T> T withParsing(boolean inProcess, int memoryMb, boolean textsOnly, Function<Parsing, T> run);

        /**
         * A checker on the rules folder {@code folder} (null: the packaged rules), reading drafts as {@code parsing}
         * does; see {@link Checker#openForFirst}.
         */
        Checker checker(RulesPath folder, Parsing parsing, String language, Supplier<String> firstText)
                throws RuleSetException;
    }

    /**
     * A rules folder a run names: where it is read ({@code path}, from the run's folder) and its name as written
     * ({@code shown}, for messages: a client's relative path stays relative in them).
     */
    record RulesPath(Path path, String shown) {
    }

    /** A run in this process: its own folder and streams, a parsing and a checker of its own. */
    static Invocation here() {
        return new Invocation(Path.of(""), System.in, System.out, System.err, System.console() != null,
                Resident.environment(), OWN);
    }

    /** Each run's own: a parsing closed at its end, the rules read back (or compiled) for it. */
    private static final Drafts OWN = new Drafts() {
        @Override
        public <T> T withParsing(boolean inProcess, int memoryMb, boolean textsOnly, Function<Parsing, T> run) {
            try (Parsing parsing = inProcess ? Parsing.inProcess(Parsing.DEFAULT_MAX_TEXT_CHARS)
                    : Parsing.inAChildProcess(Parsing.DEFAULT_MAX_TEXT_CHARS, memoryMb, textsOnly)) {
                return run.apply(parsing);
            }
        }

        @Override
        public Checker checker(RulesPath folder, Parsing parsing, String language, Supplier<String> firstText)
                throws RuleSetException {
            return folder == null ? Checker.openForFirst(null, null, parsing, language, firstText)
                    : Checker.openForFirst(folder.path(), folder.shown(), parsing, language, firstText);
        }
    };

    /** {@code path} as this run reads it: relative to its working folder. */
    Path resolve(Path path) {
        return cwd.resolve(path);
    }

    /**
     * The rules folder of this run: {@code option} ({@code --rules}), else the one the system property
     * {@code factcheck.rules} names, else {@code FACTCHECK_RULES} of {@link #environment}, each read from the working
     * folder, with the name it was given; null for the packaged rules. (The order of {@code RulesFolder.resolve},
     * here with the run's folder and environment, which are a client's in the resident checker.)
     */
    RulesPath rulesFolder(Path option) {
        if (option != null) {
            return new RulesPath(resolve(option), option.toString());
        }
        for (String named : new String[] {System.getProperty("factcheck.rules"), environment.get("FACTCHECK_RULES")}) {
            if (named != null && !named.isBlank()) {
                return new RulesPath(resolve(Path.of(named.trim())), named.trim());
            }
        }
        return null;
    }
}
