package org.factcheck.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled expression and what its every match contains ({@link RequiredText}): its matcher runs over an empty text
 * when the text lacks what a match needs, so that a sentence without a month, a digit or a percent sign costs a few
 * string searches rather than a scan of the expression at each of its characters. Finds what the pattern finds.
 */
public final class GatedPattern {
    private final Pattern pattern;
    private final RequiredText required;

    private GatedPattern(Pattern pattern) {
        this.pattern = pattern;
        this.required = RequiredText.of(pattern);
    }

    public static GatedPattern of(Pattern pattern) {
        return new GatedPattern(pattern);
    }

    public static GatedPattern compile(String regex) {
        return new GatedPattern(Pattern.compile(regex));
    }

    public static GatedPattern compile(String regex, int flags) {
        return new GatedPattern(Pattern.compile(regex, flags));
    }

    /**
     * A matcher over {@code text}, or one that finds nothing when no match can be found in it: for {@code find}
     * loops, and not to be reset to another text (the one that finds nothing is this thread's, for every pattern).
     */
    public Matcher matcher(CharSequence text) {
        boolean may = required.mayMatch(text);
        assert may || !pattern.matcher(text).find() : "a match lacks what " + required.sets() + " requires: " + pattern;
        return may ? pattern.matcher(text) : RequiredText.none();
    }

    /** Whether a match may be found in {@code text} (false: none can). */
    public boolean mayMatch(CharSequence text) {
        return required.mayMatch(text);
    }

    public Pattern pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
