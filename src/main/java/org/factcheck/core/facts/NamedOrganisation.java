package org.factcheck.core.facts;

import java.util.List;

/**
 * An organisation's name that holds words of a name: a run of capitalized words that an organisation's word ends or
 * begins ("Clark Art Institute", "Glasgow Rugby", "Fondation Brigitte Bardot"). Its words may be a person's name,
 * and a person of the draft is then written in it as elsewhere.
 *
 * @param span     the whole name
 * @param words    its words, the organisation's words, particles and initials aside, in order
 * @param folded   the same words, folded
 * @param sentence the index of its sentence
 */
public record NamedOrganisation(Span span, List<Span> words, List<String> folded, int sentence) {
    public NamedOrganisation {
        words = List.copyOf(words);
        folded = List.copyOf(folded);
    }
}
