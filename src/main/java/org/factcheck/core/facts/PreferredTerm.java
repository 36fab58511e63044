package org.factcheck.core.facts;

/**
 * Derived by spelling.drl: the way of writing a term that the draft's other writings are measured against and that
 * the suggestion gives.
 *
 * @param form the preferred form
 */
public record PreferredTerm(TermForm form) {
}
