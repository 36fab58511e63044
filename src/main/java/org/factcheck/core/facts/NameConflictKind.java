package org.factcheck.core.facts;

/** How a {@link NameConflict}'s name differs from the introduced one. */
public enum NameConflictKind {
    /** A part spelled nearly alike: Blinkin for Blinken. */
    SPELLING,
    /** A part replaced by another in the same role or country: Chen Gang for Qin Gang. */
    VARIANT,
    /** A given name replaced by one close to it, in a mention with nothing of its own: Nadine for Nathalie Perret. */
    CHANGED
}
