package org.factcheck.core.facts;

/** How a {@link NameConflict}'s name differs from the introduced one. */
public enum NameConflictKind {
    /** A part spelled nearly alike: Blinkin for Blinken. */
    SPELLING,
    /** A part replaced by another in the same role or country: Chen Gang for Qin Gang. */
    VARIANT
}
