package org.factcheck.core.facts;

import java.util.Locale;

/** How a sentence states a {@link Figure} of its quantity. */
public enum FigureRole {
    /** the quantity is at this value */
    LEVEL,
    /** the quantity moves by this value */
    CHANGE,
    /** this part of a whole */
    SHARE,
    /** one of "de A % à B %", "from A% to B%": two times, never a contradiction */
    BEFORE_AFTER,
    /** one end of "entre 16 et 17 %" */
    RANGE;

    /** The report's name of the role: {@code level}, {@code before-after}… */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
