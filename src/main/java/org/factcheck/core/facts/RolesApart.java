package org.factcheck.core.facts;

/**
 * Derived by the TITLE rules: two roles one person is given that one person does not hold together (two listed roles
 * of one exclusive group, or a role and its deputy's: "directeur général" and "directeur général adjoint").
 *
 * @param person the person
 * @param first  where the person is first given one of them
 * @param second where the person is given the other afterwards
 */
public record RolesApart(int person, Span first, Span second) {
}
