package org.factcheck.core.analysis.quotes;

/**
 * A speech verb phrase of a window: tokens {@code from} to {@code to}; whether it carries its own pronoun, is a
 * participle carrying a subject on, or is a form read as a verb only right after a quotation ("note", "lance").
 */
record Verb(int from, int to, boolean pronoun, boolean gerund, boolean afterOnly) {
    Verb(int from, int to, boolean pronoun, boolean gerund) {
        this(from, to, pronoun, gerund, false);
    }

    /** A finite verb with its subject to find: not a participle, not an inverted form with its pronoun. */
    boolean plain() {
        return !gerund && !pronoun;
    }
}
