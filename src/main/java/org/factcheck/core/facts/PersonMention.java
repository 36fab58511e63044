package org.factcheck.core.facts;

import java.util.List;

/**
 * One place where the draft names (or, for {@link MentionKind#ROLE}, designates) a person.
 *
 * @param id       the mention's number, in text order
 * @param person   the {@link Person} it refers to
 * @param kind     how the person is named
 * @param span     the name as written (possessive ending excluded), or the role phrase
 * @param parts    the name's parts, folded (lower case, without accents): the keys names are compared on
 * @param written  the name's parts as written (case and accents kept): the spelling compared for near misses
 * @param evidence what makes it a person
 * @param sentence the index of its sentence
 */
public record PersonMention(int id, int person, MentionKind kind, Span span, List<String> parts, List<String> written,
                            Evidence evidence, int sentence) {
    public PersonMention {
        parts = List.copyOf(parts);
        written = List.copyOf(written);
    }

    /** The first part, folded; empty for a role mention. */
    public String firstPart() {
        return parts.isEmpty() ? "" : parts.get(0);
    }
}
