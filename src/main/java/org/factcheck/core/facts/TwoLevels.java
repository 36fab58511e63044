package org.factcheck.core.facts;

/**
 * Derived by number.drl: two plain levels of one quantity, with one qualifier and the same marks of time, forecast
 * and source, that differ beyond the rounding of the less precise one.
 *
 * @param first the first level of the quantity in the draft, the one the others are compared with
 * @param other a later level, in a later sentence
 */
public record TwoLevels(Figure first, Figure other) {
}
