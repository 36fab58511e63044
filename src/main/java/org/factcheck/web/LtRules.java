package org.factcheck.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.factcheck.core.RuleDescription;

/**
 * The rules a LanguageTool request reports, from its fields {@code enabledRules}, {@code disabledRules},
 * {@code enabledCategories}, {@code disabledCategories} (ours: NAME, TITLE, DATE, NUMBER, QUOTE, DUPLICATE,
 * SPELLING), {@code enabledOnly} and {@code level}, as the checker's {@code enable} and {@code disable} sets. The
 * start is the rules on by default ({@code level=default}, what {@code POST /api/checks} reports), or every rule
 * ({@code level=picky}: the rules off by default too, such as {@code quote.no-speaker}), or none
 * ({@code enabledOnly=true}); the rules and categories enabled are added, then those disabled taken away. Ids the
 * rules do not have are ignored, as LanguageTool ignores them: its clients send their own rules' ids.
 *
 * @param enable  the rules off by default to report
 * @param disable the rules on by default not to report
 */
record LtRules(Set<String> enable, Set<String> disable) {

    /** The rules {@code field} (a request's parameter by name, or null) asks for, among {@code rules}. */
    static LtRules of(List<RuleDescription> rules, UnaryOperator<String> field) {
        String level = Bodies.blankToNull(field.apply("level"));
        if (level != null && !level.equals("default") && !level.equals("picky")) {
            throw ApiException.badRequest("Unknown value '" + level + "' for parameter 'level'. Valid values: "
                    + "default, picky");
        }
        Set<String> enabledRules = list(field.apply("enabledRules"));
        Set<String> enabledCategories = upper(list(field.apply("enabledCategories")));
        boolean only = "true".equalsIgnoreCase(Bodies.blankToNull(field.apply("enabledOnly")));
        if (only && enabledRules.isEmpty() && enabledCategories.isEmpty()) {
            throw ApiException.badRequest("You must specify enabled rules or categories when using enabledOnly=true");
        }
        Set<String> disabledRules = list(field.apply("disabledRules"));
        Set<String> disabledCategories = upper(list(field.apply("disabledCategories")));
        Set<String> reported = rules.stream()
                .filter(r -> !only && (r.onByDefault() || "picky".equals(level))
                        || enabledRules.contains(r.id()) || enabledCategories.contains(r.category()))
                .filter(r -> !disabledRules.contains(r.id()) && !disabledCategories.contains(r.category()))
                .map(RuleDescription::id).collect(Collectors.toSet());
        return new LtRules(
                rules.stream().filter(r -> !r.onByDefault() && reported.contains(r.id())).map(RuleDescription::id)
                        .collect(Collectors.toCollection(TreeSet::new)),
                rules.stream().filter(r -> r.onByDefault() && !reported.contains(r.id())).map(RuleDescription::id)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** The ids of a comma-separated field. */
    private static Set<String> list(String value) {
        return value == null ? Set.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static Set<String> upper(Set<String> ids) {
        return ids.stream().map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
