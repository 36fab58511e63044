package org.factcheck.core.analysis.people;

import java.util.List;

import org.factcheck.core.facts.Evidence;
import org.factcheck.core.facts.Span;

/**
 * A run of name words found in a sentence, with what says it is a person's name and the role phrases attached.
 *
 * @param span      the name as written (possessive ending excluded)
 * @param parts     its parts, folded, particles and initials aside
 * @param written   the same parts as written
 * @param evidence  what says it is a person's (not {@link Evidence#KNOWN}); null when nothing does
 * @param honorific whether an honorific stands before it
 * @param roles     the role phrases before it or in apposition after it
 * @param sentence  the index of its sentence
 * @param proper    whether the tagger read each of its words as a proper noun (true where there is no tagger)
 * @param alone     whether it stands as a name does: not the complement of a noun before it ("rue de Valois", "the
 *                  city of Leeds"), nor an item of a list of names ("Dowson, Haughton, Monye")
 */
record NameCandidate(Span span, List<String> parts, List<String> written, Evidence evidence, boolean honorific,
                     List<RolePhrase> roles, int sentence, boolean proper, boolean alone) {

    /** The same name with the role phrases {@code roles}. */
    NameCandidate withRoles(List<RolePhrase> roles) {
        return new NameCandidate(span, parts, written, evidence, honorific, List.copyOf(roles), sentence, proper, alone);
    }

    /** The same name, its roles held in turn: each {@link RolePhrase#inTurn()}. */
    NameCandidate inTurn() {
        return new NameCandidate(span, parts, written, evidence, honorific,
                roles.stream().map(RolePhrase::inTurn).toList(), sentence, proper, alone);
    }
}
