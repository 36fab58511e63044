package org.factcheck.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.Span;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds {@link Finding}s from a rule's consequence, taking id, category and severity from the firing rule's
 * metadata, so a DRL consequence reads {@code insert(finding(kcontext, $x.span()).related(...).build());}.
 */
public final class Findings {
    private Findings() {
    }

    public static Builder finding(RuleContext context, Span span) {
        return new Builder(context.getRule(), span);
    }

    /** The metadata value {@code key} of a rule, with the quotes some Drools versions keep stripped. */
    static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    public static final class Builder {
        private final Rule rule;
        private final Span span;
        private final List<Span> related = new ArrayList<>();
        private final Map<String, Object> args = new LinkedHashMap<>();
        private String suggestion;
        private String suggestionKey;

        private Builder(Rule rule, Span span) {
            this.rule = rule;
            this.span = span;
        }

        public Builder related(Span relatedSpan) {
            if (relatedSpan != null) {
                related.add(relatedSpan);
            }
            return this;
        }

        /** A replacement taken from the draft (a name as introduced): text, not language. */
        public Builder suggestion(String replacement) {
            this.suggestion = replacement;
            return this;
        }

        /**
         * A replacement written by the message {@code <rule id>.suggestion} of the draft's language, filled with the
         * finding's arguments ("3 jours", "3 days").
         */
        public Builder suggestionMessage() {
            this.suggestionKey = meta(rule, "id") + ".suggestion";
            return this;
        }

        /**
         * A named value for the message template ({@code {name}} in messages.properties): a number, a name, an enum
         * key; never a piece of sentence.
         */
        public Builder arg(String name, Object value) {
            args.put(name, value);
            return this;
        }

        public Finding build() {
            return new Finding(meta(rule, "id"), Category.valueOf(meta(rule, "category")),
                    Severity.parse(meta(rule, "severity")), span, related, suggestion, suggestionKey, args);
        }
    }
}
