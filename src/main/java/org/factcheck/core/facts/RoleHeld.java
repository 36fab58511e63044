package org.factcheck.core.facts;

/**
 * Derived by the TITLE rules: a single-holder role a person is given, in a country: the one its role phrase names,
 * else the person's (the country another of its role phrases names), else none.
 *
 * @param person  the person given the role
 * @param key     the role's key in the {@code roles} list
 * @param country the country (a code such as CN or US), or null
 * @param span    the role phrase
 */
public record RoleHeld(int person, String key, String country, Span span) {
}
