package org.factcheck.core.facts;

/**
 * A person of the draft whose name shares its surname with an entry of the newsroom register: a candidate the
 * NAME rules compare, found through an index of the register by surname.
 *
 * @param person the person
 * @param entry  the register entry
 */
public record RegisterMatch(int person, RegisterEntry entry) {
}
