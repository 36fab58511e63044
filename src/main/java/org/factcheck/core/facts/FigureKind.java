package org.factcheck.core.facts;

import java.util.Locale;

/** What a {@link Figure} is. */
public enum FigureKind {
    /** a percentage, or a fraction that gives a share ("un tiers des électeurs") */
    PERCENT,
    /** a change in percentage points ("3 points de pourcentage") */
    POINTS,
    /** X of Y stated with its percentage ("12 sur 40, soit 30 %"): see {@link Figure#share()} */
    SHARE,
    /** from A % to B % stated with its difference in points: see {@link Figure#shift()} */
    CHANGE;

    /** The report's name of the kind: {@code percent}, {@code points}, {@code share}, {@code change}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
