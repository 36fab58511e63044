package org.factcheck.core.facts;

import java.util.Locale;

/** What a {@link DateMention} is. */
public enum DateKind {
    /** A day: "27 novembre 2025", "Thursday, Nov. 27", "27/11/2025". */
    DATE,
    /** A span of days: "du 3 au 5 mai", "fin novembre", "novembre 2025". */
    RANGE,
    /** A holiday named with the date the draft gives it: "Thanksgiving (27 novembre)". */
    HOLIDAY,
    /** Today with a weekday: "aujourd'hui mercredi", "today, Wednesday". */
    TODAY,
    /** A date relative to the reference date, as the span of days it allows: "il y a deux jours", "last week". */
    RELATIVE,
    /** A number of days written beside a range: "une grève de trois jours, du 3 au 6 mai". */
    DURATION;

    /** The kind as the report writes it: {@code date}, {@code range}… */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
