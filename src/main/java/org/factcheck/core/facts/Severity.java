package org.factcheck.core.facts;

import java.util.Arrays;
import java.util.Locale;

/** How sure and how serious a finding is; declared by each rule in its {@code @severity} metadata. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** The lower-case name used in DRL metadata, reports and the CLI. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown severity '" + label + "' (expected info, warning or error)"));
    }
}
