package org.factcheck.core.rules;

import java.util.List;

import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.Severity;

/**
 * A finding rule as declared in DRL: its stable id, category, severity, the file that holds it and its
 * description in each language (the rule's message templates), and whether it reports unless asked not to
 * ({@code @default("off")} in DRL: a rule a check turns on by name, {@link org.factcheck.core.CheckRequest#enable()}).
 */
public record RuleInfo(String id, String name, Category category, Severity severity, String file,
                       List<String> languages, boolean onByDefault) {
}
