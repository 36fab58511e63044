package org.factcheck.store;

import java.util.Arrays;
import java.util.Locale;

/** An editor's decision on a finding. */
public enum Decision {
    OPEN, ACCEPTED, DISMISSED;

    /** The decision as the API writes it: {@code open}, {@code accepted}, {@code dismissed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The decision of a label, or null when there is none such. */
    public static Decision of(String label) {
        return Arrays.stream(values()).filter(d -> d.label().equals(label)).findFirst().orElse(null);
    }
}
