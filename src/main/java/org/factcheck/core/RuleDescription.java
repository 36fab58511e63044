package org.factcheck.core;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.factcheck.core.rules.RuleInfo;

/**
 * A finding rule as the checker's clients see it (the API lists them).
 *
 * @param description the rule's name in its DRL file
 * @param languages   the languages that have its message
 * @param file        the DRL file that holds it, relative to the rules folder
 * @param onByDefault whether it reports in every check, or only in a check that turns it on by its id
 */
@JsonPropertyOrder({"id", "category", "severity", "description", "languages", "file", "onByDefault"})
public record RuleDescription(String id, String category, String severity, String description, List<String> languages,
                              String file, boolean onByDefault) {
    static RuleDescription of(RuleInfo rule) {
        return new RuleDescription(rule.id(), rule.category().name(), rule.severity().label(), rule.name(),
                rule.languages(), rule.file(), rule.onByDefault());
    }
}
