package org.factcheck.core.analysis.people;

import java.util.List;

import org.factcheck.core.facts.Span;

/**
 * A role phrase of the draft.
 *
 * @param span        where it stands
 * @param keys        the single-holder roles it names (keys of the {@code roles} list); none for a former role
 * @param nationality the country it names, or null
 * @param nouns       its role nouns, folded
 */
record RolePhrase(Span span, List<String> keys, String nationality, List<String> nouns) {
}
