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
 * @param title       the role itself, whatever the organisation: its words without articles, nationality or
 *                    complement, folded and without gender endings ("directeur general adjoint" for "la directrice
 *                    générale adjointe du CHU"); null for a former role or one that tells a relation to someone else
 *                    ("le fils du maire")
 * @param scope       the complement that says where the role is held ("chu", "universite"), folded, or null
 * @param head        the title's head word ("directeur", "executive"), or null without a title
 * @param base        the title without its deputy's words: "directeur general" of "directeur general adjoint",
 *                    "president" of "vice-president"; the title itself for a role that is no deputy's
 * @param shared      whether its head is a role that many hold at once (ministre, judge)
 * @param single      whether the phrase is definite (the one holder), not one of several ("un conseiller", "a
 *                    spokesman")
 * @param tie         whether the phrase tells a tie to someone else, not a role ("le fils du maire", "her lawyer's
 *                    wife"): no title, and a sign of a person of their own
 * @param change      whether the phrase is a role the person is said to take ("élue présidente", "was appointed
 *                    chief executive"): from there on, the person's role
 * @param verbal      whether a verb gives the role ("…, who chairs the committee", "X dirige l'hôpital"): its title is
 *                    then the stem its role nouns begin with ("chair", "direct"), its scope the verb's object
 */
record RolePhrase(Span span, List<String> keys, String nationality, List<String> nouns, String title, String head,
                  String base, String scope, boolean shared, boolean single, boolean tie, boolean change,
                  boolean verbal) {
    RolePhrase(Span span, List<String> keys, String nationality, List<String> nouns) {
        this(span, keys, nationality, nouns, null, null, null, null, false, false, false, false, false);
    }

    /** The role a verb gives: the stem of its role nouns, held where its object says. */
    static RolePhrase byVerb(Span span, String stem, String scope) {
        return new RolePhrase(span, List.of(), null, List.of(), stem, stem, stem, scope, false, true, false, false,
                true);
    }

    RolePhrase oneOfSeveral() {
        return new RolePhrase(span, keys, nationality, nouns, title, head, base, scope, shared, false, tie, change,
                verbal);
    }

    RolePhrase asTie() {
        return new RolePhrase(span, keys, nationality, nouns, null, null, null, null, false, false, true, change,
                false);
    }

    RolePhrase asChange() {
        return new RolePhrase(span, keys, nationality, nouns, title, head, base, scope, shared, true, tie, true,
                verbal);
    }

    /** The same phrase, of the country {@code code}. */
    RolePhrase of(String code) {
        return new RolePhrase(span, keys, code, nouns, title, head, base, scope, shared, single, tie, change, verbal);
    }

    /** The same phrase in a sentence of another time: a role held then, which others may have held in turn. */
    RolePhrase inTurn() {
        return new RolePhrase(span, keys, nationality, nouns, title, head, base, scope, shared, single, tie, true,
                verbal);
    }

    /** Whether the title is the deputy of another (adjoint, vice-, deputy, assistant): its base is another title. */
    boolean deputy() {
        return title != null && !title.equals(base);
    }
}
