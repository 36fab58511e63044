package org.factcheck.core.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message templates of one language, read from {@code rules/<language>/messages.properties} (UTF-8): the key
 * is a rule id, the value a sentence in which {@code {name}} stands for a value the rule supplies.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private final Properties templates;

    public Messages(Properties templates) {
        this.templates = templates;
    }

    public static Messages load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new Messages(p);
    }

    public boolean has(String key) {
        return templates.containsKey(key);
    }

    /** The template {@code key} with its placeholders filled; a placeholder with no value is left as written. */
    public String format(String key, Map<String, String> args) {
        String template = templates.getProperty(key);
        if (template == null) {
            return key;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
