package org.factcheck.core.facts;

import java.util.List;

/**
 * A person the draft talks about: the mentions linked together by the analysis.
 *
 * @param id          the person's number, in order of first mention
 * @param name        the name as introduced: the first full mention, else the first mention
 * @param parts       the name's parts, folded
 * @param written     the name's parts as introduced (case and accents as written)
 * @param introduced  whether the draft gives the full name somewhere
 * @param first       the first full mention (else the first mention)
 * @param nationality the country the person's role phrases give (a code such as CN or US), or null
 * @param accepted    whether the newsroom register lists this name, as canonical or as an accepted variant
 * @param roles       the keys of the single-holder roles the draft gives the person
 */
public record Person(int id, String name, List<String> parts, List<String> written, boolean introduced, Span first,
                     String nationality, boolean accepted, List<String> roles) {
    public Person {
        parts = List.copyOf(parts);
        written = List.copyOf(written);
        roles = List.copyOf(roles);
    }

    /** The part at {@code index} as introduced. */
    public String writtenPart(int index) {
        return written.get(index);
    }

    /** The folded parts joined by spaces: the person's key. */
    public String key() {
        return String.join(" ", parts);
    }

    public int size() {
        return parts.size();
    }
}
