package org.factcheck.core.facts;

/**
 * A person of the draft that name.drl takes for a newsroom register entry's person: a {@link RegisterCandidate} with
 * the entry's surname, or with a near spelling of it. The NAME rules compare the rest of the name with the entry's.
 *
 * @param person the person
 * @param entry  the register entry
 */
public record RegisterMatch(int person, RegisterEntry entry) {
}
