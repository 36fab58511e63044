package org.factcheck.core.facts;

/**
 * A role the draft gives a person: a role phrase before the name, in apposition after it, standing for it, or given
 * by a verb of appointment ("was elected general secretary").
 *
 * @param person      the person given the role
 * @param mention     the mention the phrase goes with
 * @param key         the role's key in the {@code roles} list (the same in every language), or null when the phrase
 *                    names no listed single-holder role ("son homologue", "a spokeswoman", "la directrice générale")
 * @param nationality the country the phrase itself names, or null (the TITLE rules then take the person's:
 *                    {@link RoleHeld})
 * @param span        the role phrase
 * @param title       the role whatever the organisation, folded and without gender endings ("directeur general
 *                    adjoint", "chief executive"), or null for a former role or a tie to someone else
 * @param scope       where the role is held, folded ("universite", "chu", "bank"), or null when the phrase does not say
 * @param head        the title's head word ("directeur" of "directeur general", "executive" of "chief executive"),
 *                    or null without a title: the rules compare titles of one head
 * @param base        the title without its deputy's words ("directeur general" of "directeur general adjoint"),
 *                    the title itself for a role that is no deputy's
 * @param shared      whether its head is a role many hold at once (ministre, judge, minister)
 * @param single      whether the phrase names the one holder ("la directrice", "the chief executive"), not one of
 *                    several ("un conseiller", "a spokesman")
 * @param tie         whether the phrase tells a tie to someone else rather than a role ("le fils du maire")
 * @param change      whether the draft says the person takes the role ("élue présidente", "was appointed chief
 *                    executive"): from there on it is theirs, and an earlier role is no conflict
 * @param verbal      whether a verb gives the role ("…, who presided over the panel", "X dirige l'hôpital"): the title
 *                    is then the stem of the role's nouns ("presid", "direct") and the scope the verb's object
 */
public record PersonRole(int person, int mention, String key, String nationality, Span span, String title,
                         String head, String base, String scope, boolean shared, boolean single, boolean tie,
                         boolean change, boolean verbal) {

    /** A listed role with no title of its own to compare (the TITLE rules compare its key). */
    public PersonRole(int person, int mention, String key, String nationality, Span span) {
        this(person, mention, key, nationality, span, null, null, null, null, false, true, false, false, false);
    }

    /** Whether the title is a deputy's (adjoint, vice-, deputy, assistant): its base is another title. */
    public boolean deputy() {
        return title != null && !title.equals(base);
    }
}
