package org.factcheck.core.facts;

import java.util.List;
import java.util.Map;

/**
 * What a rule concluded: inserted into the session by the rule's consequence, never printed.
 *
 * @param rule       the rule's stable id ({@code @id} metadata)
 * @param category   from the rule's {@code @category} metadata
 * @param severity   from the rule's {@code @severity} metadata
 * @param span       the text at fault
 * @param related    the spans it contradicts, first mention first
 * @param suggestion a replacement for the span's text, or {@code null}
 * @param suggestionKey the message key whose template, filled with {@code args}, writes the suggestion in the
 *                   draft's language (such as "3 jours"), or {@code null}; {@code suggestion} is then {@code null}
 * @param args       named, typed values for the rule's message template (numbers, names, enum keys): the rules
 *                   build no text, {@link org.factcheck.core.lang.Messages} writes them
 */
public record Finding(String rule, Category category, Severity severity, Span span, List<Span> related,
                      String suggestion, String suggestionKey, Map<String, Object> args) {
    public Finding {
        if (rule == null || category == null || severity == null || span == null) {
            throw new IllegalArgumentException("finding needs a rule, category, severity and span");
        }
        related = List.copyOf(related);
        args = Map.copyOf(args);
    }
}
