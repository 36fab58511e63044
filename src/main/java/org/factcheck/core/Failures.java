package org.factcheck.core;

/** What a failure says, fit for one line of a message or a log: its innermost cause, its text folded. */
public final class Failures {
    /** The longest text {@link #oneLine} keeps. */
    private static final int MAX_CHARS = 200;

    private Failures() {
    }

    /** The innermost cause of {@code e} ({@code e} itself when it has none). */
    public static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** {@code s} on one line: runs of white space folded to one space, at most 200 characters (then "…"). */
    public static String oneLine(String s) {
        String folded = s.replaceAll("\\s+", " ").strip();
        return folded.length() > MAX_CHARS ? folded.substring(0, MAX_CHARS) + "…" : folded;
    }
}
