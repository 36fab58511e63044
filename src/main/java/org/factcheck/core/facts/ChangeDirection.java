package org.factcheck.core.facts;

import java.util.Locale;

/** Which way a change word moves a quantity: the head of its line in {@code change-verbs.txt}. */
public enum ChangeDirection {
    UP, DOWN, MOVE;

    /** The report's name: {@code up}, {@code down}, {@code move}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction a head of {@code change-verbs.txt} names ("up", "down", "move"). */
    public static ChangeDirection of(String head) {
        return valueOf(head.strip().toUpperCase(Locale.ROOT));
    }
}
