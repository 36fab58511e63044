package org.factcheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.factcheck.core.Checker;
import org.factcheck.core.rules.RuleSetException;
import org.factcheck.eval.EvalJson;
import org.factcheck.eval.EvalResult;
import org.factcheck.eval.EvalTable;
import org.factcheck.eval.Evaluator;
import org.factcheck.eval.TruthFile;
import org.factcheck.eval.TruthFileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval TRUTH.json [--json OUT] [-v] [--rules DIR]}: checks the drafts a truth file lists, each with its language
 * and reference date, and prints recall per category and language, precision and the false alarms on the clean
 * drafts. Standard output holds the table only; progress goes to standard error.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure recall and precision on labelled drafts listed in a truth file.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the drafts were checked and scored (unreadable drafts are counted, not fatal)",
                "2:a usage or input error (bad truth file, missing draft, rules that do not compile)"})
public final class EvalCommand implements Callable<Integer> {
    /** Without a terminal, a progress line every this many drafts. */
    static final int PROGRESS_EVERY = 10;

    @Parameters(index = "0", paramLabel = "TRUTH.json",
            description = "The truth file: a JSON list of {file, language, referenceDate, planted: [{category, text, note}]}")
    Path truth;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the figures and each draft's details as JSON")
    Path json;

    @Option(names = {"-v", "--verbose"}, description = "List each miss and each false positive")
    boolean verbose;

    @Mixin
    RulesOption rules = new RulesOption();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        TruthFile truthFile;
        Checker checker;
        try {
            truthFile = TruthFile.read(truth); // before the rules compile: a bad truth file is told at once
            checker = rules.checker();
        } catch (TruthFileException | RuleSetException | IllegalArgumentException e) {
            err.println("factcheck: " + e.getMessage());
            return 2;
        }
        boolean terminal = System.console() != null;
        EvalResult result;
        try {
            result = new Evaluator(checker).evaluate(truthFile, progress(err, terminal));
        } catch (TruthFileException e) {
            clear(err, terminal);
            err.println("factcheck: " + e.getMessage());
            return 2;
        }
        clear(err, terminal);
        EvalTable.print(result, verbose, out);
        if (json != null) {
            try (OutputStream o = Files.newOutputStream(json)) {
                EvalJson.write(result, o);
            } catch (IOException e) {
                err.println("factcheck: cannot write " + json + ": " + e.getMessage());
                return 2;
            }
        }
        return 0;
    }

    /** On a terminal, one line rewritten after each draft; else a line every {@value #PROGRESS_EVERY} drafts. */
    private static Consumer<String> progress(PrintStream err, boolean terminal) {
        int[] done = {0};
        return message -> {
            done[0]++;
            if (terminal) {
                err.print("\r" + message + "\u001b[K");
            } else if (done[0] % PROGRESS_EVERY == 0) {
                err.println(message);
            }
        };
    }

    private static void clear(PrintStream err, boolean terminal) {
        if (terminal) {
            err.print("\r\u001b[K");
        }
    }
}
