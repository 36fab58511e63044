package org.factcheck.core.facts;

/**
 * Derived by the TITLE rules: one single-holder role of one country (a listed role, or a title of any organisation)
 * given to two persons: the one whose role it is, and the other.
 *
 * @param holder  the person whose role it is (the first given it, for a listed role)
 * @param other   the person given it wrongly
 * @param key     the role's key in the {@code roles} list, or its title
 * @param country the role's country
 * @param held    where the holder is first given it
 * @param given   where the other person is given it
 */
public record RoleShared(int holder, int other, String key, String country, Span held, Span given) {
}
