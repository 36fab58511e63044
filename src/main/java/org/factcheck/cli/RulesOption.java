package org.factcheck.cli;

import java.nio.file.Path;

import org.factcheck.core.Checker;
import org.factcheck.core.Parsing;
import org.factcheck.core.rules.RuleSetException;

import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}, shared by the commands that check drafts, and the one place where the command line builds its
 * {@link Checker}: on the folder given, else {@code factcheck.rules} / {@code $FACTCHECK_RULES}, else the packaged rules.
 */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: $FACTCHECK_RULES, else the packaged rules)")
    Path rules;

    /**
     * Compiles the rules folder chosen and builds a checker on it.
     *
     * @throws RuleSetException         when the rules do not compile (the message lists each problem)
     * @throws IllegalArgumentException when {@code --rules} is not a folder
     */
    Checker checker() throws RuleSetException {
        return Checker.open(rules);
    }

    /**
     * A checker reading drafts as {@code parsing} does, each language's analyzer built on its first draft: for a run
     * of the command line, which pays for the languages its drafts are in only. The first draft's ({@code language},
     * else the one {@code firstText} is detected in) is built while the rules load.
     */
    Checker checkerOnDemand(Invocation invocation, Parsing parsing, String language,
            java.util.function.Supplier<String> firstText) throws RuleSetException {
        return invocation.drafts().checker(invocation.rulesFolder(rules), parsing, language, firstText);
    }
}
