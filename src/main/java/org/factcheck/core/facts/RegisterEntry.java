package org.factcheck.core.facts;

import java.util.List;

/**
 * A person of the newsroom register: the canonical name, the accepted variants and the roles.
 *
 * @param name     the canonical name, as written
 * @param key      its folded parts, joined by spaces
 * @param surname  the folded part the entry is looked up by (the last part, or the first for surname-first names)
 * @param variants the accepted variants, folded and joined like {@code key}
 * @param roles    role keys (see the {@code roles} lists)
 */
public record RegisterEntry(String name, String key, String surname, List<String> variants, List<String> roles) {
    public RegisterEntry {
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
    }

    /** Whether {@code personKey} is the canonical name or an accepted variant. */
    public boolean accepts(String personKey) {
        return key.equals(personKey) || variants.contains(personKey);
    }
}
