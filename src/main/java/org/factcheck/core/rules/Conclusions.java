package org.factcheck.core.rules;

import java.util.List;

import org.factcheck.core.facts.Finding;

/**
 * What the rules concluded on one draft: the findings, and the facts the session held at the end, among them those
 * the derivation rules inserted (a register entry taken for a person, how far a relative date reaches), which the
 * report shows.
 *
 * @param findings the findings, in no particular order
 * @param facts    every other fact, given or derived, in no particular order
 */
public record Conclusions(List<Finding> findings, List<Object> facts) {
    public Conclusions {
        findings = List.copyOf(findings);
        facts = List.copyOf(facts);
    }

    /** The facts of one type. */
    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
