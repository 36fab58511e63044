package org.factcheck.core.lang;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The message templates of one language, read from {@code rules/<language>/messages.properties} (UTF-8): the key
 * is a rule id (or a rule id and a suffix, such as {@code date.duration.suggestion}), the value a sentence in which
 * placeholders stand for the typed values a rule supplies. Rules build no text: they pass values, and this class
 * writes them in the language.
 *
 * <ul>
 *   <li>{@code {name}}: the value; a number in the language's way ({@code 1,5} in French, {@code 1.5} in English,
 *       at most two decimals, no trailing zeros); anything else as its text.</li>
 *   <li>{@code {name,plural,one{…}other{…}}}: the branch the number's plural form selects (French: 0 and 1 are
 *       {@code one}; English: only 1), with {@code #} standing for the number.</li>
 *   <li>{@code {name,select,value{…}other{…}}}: the branch named by the value's text (an enum's name, a key).</li>
 *   <li>{@code {name,date,PATTERN}}: a date ({@code LocalDate}), a weekday ({@code DayOfWeek}) or a month
 *       ({@code Month}) written by the {@link DateTimeFormatter} pattern in the language's locale
 *       ({@code {d,date,EEEE d MMMM yyyy}}: "jeudi 26 novembre 2026").</li>
 * </ul>
 * A placeholder with no value is left as written.
 */
public final class Messages {
    /** A placeholder's name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private final Properties templates;
    private final String language;
    private final Locale locale;

    public Messages(Properties templates, String language) {
        this.templates = templates;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
    }

    public static Messages load(Path file, String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new Messages(p, language);
    }

    public boolean has(String key) {
        return templates.containsKey(key);
    }

    /** The template {@code key} with its placeholders filled; the key itself when there is no such template. */
    public String format(String key, Map<String, ?> args) {
        String template = templates.getProperty(key);
        return template == null ? key : fill(template, args);
    }

    private String fill(String template, Map<String, ?> args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? matching(template, i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(placeholder(template.substring(i + 1, close), template.substring(i, close + 1), args));
            i = close + 1;
        }
        return out.toString();
    }

    /** The index of the brace closing the one at {@code open}, or -1. */
    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private String placeholder(String body, String written, Map<String, ?> args) {
        int comma = body.indexOf(',');
        String name = (comma < 0 ? body : body.substring(0, comma)).strip();
        if (!args.containsKey(name) || !NAME.matcher(name).matches()) {
            return written;
        }
        Object value = args.get(name);
        if (comma < 0) {
            return value(value);
        }
        String rest = body.substring(comma + 1);
        int second = rest.indexOf(',');
        if (second < 0) {
            return written;
        }
        String kind = rest.substring(0, second).strip();
        if ("date".equals(kind)) {
            return value instanceof TemporalAccessor t ? date(t, rest.substring(second + 1).strip(), written) : written;
        }
        Map<String, String> branches = Branches.parse(rest.substring(second + 1));
        String branch = switch (kind) {
            case "plural" -> branches.getOrDefault(pluralForm(value), branches.get("other"));
            case "select" -> branches.getOrDefault(String.valueOf(value), branches.get("other"));
            default -> null;
        };
        if (branch == null) {
            return written;
        }
        return fill("plural".equals(kind) ? branch.replace("#", value(value)) : branch, args);
    }

    /** A value as the language writes it. */
    public String value(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal d = new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
            return "fr".equals(language) ? s.replace('.', ',') : s;
        }
        return String.valueOf(value);
    }

    /** A date, weekday or month by a {@link DateTimeFormatter} pattern; {@code written} when the pattern does not fit. */
    private String date(TemporalAccessor value, String pattern, String written) {
        try {
            return DateTimeFormatter.ofPattern(pattern, locale).format(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            return written;
        }
    }

    /** {@code one} or {@code other}, by the language's plural rule. */
    String pluralForm(Object value) {
        double n = value instanceof Number num ? Math.abs(num.doubleValue()) : Double.NaN;
        if (Double.isNaN(n)) {
            return "other";
        }
        boolean one = "fr".equals(language) ? n < 2 : n == 1;
        return one ? "one" : "other";
    }

    /** The {@code key{text}} branches of a plural or select placeholder. */
    private static final class Branches {
        static Map<String, String> parse(String s) {
            Map<String, String> out = new java.util.HashMap<>();
            int i = 0;
            while (i < s.length()) {
                int open = s.indexOf('{', i);
                if (open < 0) {
                    break;
                }
                int close = matching(s, open);
                if (close < 0) {
                    break;
                }
                out.put(s.substring(i, open).strip(), s.substring(open + 1, close));
                i = close + 1;
            }
            return out;
        }
    }
}
