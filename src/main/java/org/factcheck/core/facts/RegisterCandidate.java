package org.factcheck.core.facts;

/**
 * A person of the draft and a newsroom register entry found for one of its name parts through the register's index:
 * by the same surname, or by a surname that sounds alike (Levitt, Leavitt). name.drl decides which candidates are
 * the entry's person ({@link RegisterMatch}).
 *
 * @param person      the person
 * @param part        the folded name part that found the entry
 * @param entry       the register entry
 * @param sameSurname whether the part is the entry's surname, letter for letter
 */
public record RegisterCandidate(int person, String part, RegisterEntry entry, boolean sameSurname) {
}
