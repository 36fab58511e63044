package org.factcheck.core.lang;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.text.GatedPattern;

import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * The language's pieces of patterns written as templates in one word list ({@code rules/<language>/figure-patterns.txt},
 * {@code year-patterns.txt}): each line is a key ({@code @from}) and its forms. A line of words gives a key's words
 * ("@from | de", "@from | from"); a line of a template gives a key's pattern, in which {@code {@key}} stands for the
 * alternation of a key's words and {@code {name}} for a piece the extractor supplies (a number, a percent sign, a
 * word). Templates hold no {@code |}: every alternation is a key's words. Read once, when the extractor is built.
 */
public final class PatternTemplates {
    /** {@code {@key}} or {@code {name}}, not the {@code \p{L}} of a letter class. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{(@?[A-Za-z][A-Za-z-]*)}");

    private final Lexicon lexicon;
    private final String list;

    /** The templates of word list {@code list} of {@code lexicon}. */
    public PatternTemplates(Lexicon lexicon, String list) {
        this.lexicon = lexicon;
        this.list = list;
    }

    /** The forms on the lines of {@code key}, the key aside. */
    public List<String> forms(String key) {
        return lexicon.forms(list, key);
    }

    /** The words of {@code key} in lower case, apostrophes straight. */
    public Set<String> words(String key) {
        Set<String> out = new HashSet<>();
        forms(key).forEach(f -> out.add(f.toLowerCase(Locale.ROOT).replace('’', '\'')));
        return out;
    }

    /**
     * A non-capturing alternation of the words of {@code key}, longest first, a space matching any white space and
     * an apostrophe either apostrophe; one that never matches when the language has none.
     */
    public String alternation(String key) {
        return "(?:" + Patterns.alternation(forms(key)).replace("'", "\\E['’]\\Q") + ")";
    }

    /**
     * The pattern of {@code key}, case-insensitive: its template (its templates as alternatives) with each
     * {@code {@key}} replaced by that key's words and each {@code {name}} by {@code pieces.get(name)}; one that never
     * matches when the language has no template for it.
     */
    public Pattern compile(String key, Map<String, String> pieces) {
        return compile(key, pieces, Pattern.CASE_INSENSITIVE);
    }

    public Pattern compile(String key, Map<String, String> pieces, int flags) {
        return Pattern.compile(template(key, pieces), flags);
    }

    /**
     * The patterns of {@code key}, one a template line, case-insensitive: for templates that name their groups
     * ({@code {part}}, {@code {whole}}), which alternatives of one pattern could not repeat.
     */
    public List<GatedPattern> compileEach(String key, Map<String, String> pieces) {
        return forms(key).stream().map(t -> GatedPattern.compile(expand(t, pieces), Pattern.CASE_INSENSITIVE)).toList();
    }

    /** The regular expression of {@link #compile}, to be part of a larger one. */
    public String template(String key, Map<String, String> pieces) {
        List<String> templates = forms(key);
        if (templates.isEmpty()) {
            return "(?!)";
        }
        StringBuilder out = new StringBuilder();
        for (String t : templates) {
            out.append(out.length() == 0 ? "" : "|").append(templates.size() > 1 ? "(?:" : "").append(expand(t, pieces))
                    .append(templates.size() > 1 ? ")" : "");
        }
        return out.toString();
    }

    private String expand(String template, Map<String, String> pieces) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String piece = name.startsWith("@") ? alternation(name) : pieces.get(name);
            if (piece == null) {
                throw new IllegalArgumentException(list + ": no piece {" + name + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(piece));
        }
        m.appendTail(out);
        return out.toString();
    }
}
