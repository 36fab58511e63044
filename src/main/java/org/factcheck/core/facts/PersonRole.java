package org.factcheck.core.facts;

/**
 * A role the draft gives a person: a role phrase before the name, in apposition after it, or standing for it.
 *
 * @param person      the person given the role
 * @param mention     the mention the phrase goes with
 * @param key         the role's key in the {@code roles} list (the same in every language), or null when the phrase
 *                    names no single-holder role ("son homologue", "a spokeswoman")
 * @param nationality the country the phrase itself names, or null (the TITLE rules then take the person's:
 *                    {@link RoleHeld})
 * @param span        the role phrase
 */
public record PersonRole(int person, int mention, String key, String nationality, Span span) {
}
