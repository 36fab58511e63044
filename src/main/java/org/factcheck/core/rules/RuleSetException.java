package org.factcheck.core.rules;

import java.util.List;

/**
 * The rules folder cannot be used: each problem names its file, and where known its line and rule, as
 * {@code file:line: message}.
 */
public class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public RuleSetException(String folder, List<String> problems) {
        super("rules in " + folder + " cannot be loaded:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
