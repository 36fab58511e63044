package org.factcheck.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of {@code check} from a project's {@value #NAME}, found in the working folder or the nearest of its
 * parents (as Vale finds its {@code .vale.ini}), or named with {@code --config}: one {@code option=value} a line,
 * the option's long name without its dashes ({@code lang=fr}, {@code disable=quote.misquote,name.register},
 * {@code min-severity=warning}, {@code rules=factcheck-rules}: a folder relative to the file). The command line
 * wins over the file.
 */
final class CheckDefaults implements IDefaultValueProvider {
    static final String NAME = ".factcheck.properties";
    /** The options a file may set. */
    static final Set<String> KEYS = Set.of("format", "lang", "rules", "fail-on", "min-severity", "enable", "disable",
            "date", "parse-memory-mb", "color");

    private final Path file;
    private final Properties properties = new Properties();

    /** @throws IllegalArgumentException naming the file and what is wrong in it */
    CheckDefaults(Path file) {
        this(file, Path.of(""));
    }

    /** The file {@code file}, a relative path read from {@code cwd} (named as written in messages). */
    CheckDefaults(Path file, Path cwd) {
        this.file = cwd.resolve(file).toAbsolutePath();
        try (Reader r = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
            properties.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(file + ": no option " + unknown + " (it may set " + new TreeSet<>(KEYS)
                    + ")");
        }
    }

    /** The file of the folder or of the nearest parent that has one, or null. */
    static Path find(Path folder) {
        for (Path f = folder.toAbsolutePath(); f != null; f = f.getParent()) {
            Path candidate = f.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The file {@code --config FILE} (or {@code --config=FILE}) names among the arguments, or null. */
    static Path named(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--config") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (args.get(i).startsWith("--config=")) {
                return Path.of(args.get(i).substring("--config=".length()));
            }
        }
        return null;
    }

    @Override
    public String defaultValue(ArgSpec spec) {
        if (!(spec instanceof OptionSpec option)) {
            return null;
        }
        String key = option.longestName().replaceFirst("^--", "");
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        return key.equals("rules") ? file.getParent().resolve(value.strip()).toString() : value.strip();
    }

    Path file() {
        return file;
    }
}
