package org.factcheck.core.facts;

/**
 * Derived by the TITLE rules: one single-holder role of one country given to two persons, the holder first.
 *
 * @param holder  the person given the role first
 * @param other   the person given it afterwards
 * @param key     the role's key in the {@code roles} list
 * @param country the role's country
 * @param held    where the holder is first given it
 * @param given   where the other person is given it
 */
public record RoleShared(int holder, int other, String key, String country, Span held, Span given) {
}
