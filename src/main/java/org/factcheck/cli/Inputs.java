package org.factcheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The drafts a command line names: files as they are; {@code -}, standard input; a folder, the drafts under it at any
 * depth (by their extension, hidden files and folders left out), in order; a glob that the shell left unexpanded
 * ({@code 'copy/**}{@code /*.docx'}), the files it matches, in order.
 */
final class Inputs {
    /** The extensions of the drafts a folder's walk takes. */
    static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "docx", "odt", "rtf",
            "pdf");
    /** The name standard input is reported under. */
    static final String STDIN = "-";

    /**
     * One draft to check: a file, or standard input ({@code file} null); or a name that gives none ({@code problem}).
     */
    record Input(String name, Path file, String problem) {
        boolean stdin() {
            return file == null && problem == null;
        }
    }

    private Inputs() {
    }

    /** The drafts {@code arguments} name in this process's working folder. */
    static List<Input> expand(List<Path> arguments) {
        return expand(arguments, Path.of(""));
    }

    /**
     * The drafts {@code arguments} name, relative paths read from {@code cwd}: each named as the arguments name it
     * (a folder's drafts under the folder as written), its file resolved against {@code cwd}.
     */
    static List<Input> expand(List<Path> arguments, Path cwd) {
        List<Input> out = new ArrayList<>();
        for (Path argument : arguments) {
            String s = argument.toString();
            Path at = cwd.resolve(argument);
            if (s.equals(STDIN)) {
                out.add(new Input(STDIN, null, null));
            } else if (Files.isDirectory(at)) {
                List<Path> drafts = walk(cwd, argument, Integer.MAX_VALUE, p -> isDraft(p));
                if (drafts.isEmpty()) {
                    out.add(new Input(s, at, "a folder with no draft (" + String.join(", ", EXTENSIONS.stream()
                            .sorted().map(e -> "." + e).toList()) + ")"));
                }
                drafts.forEach(p -> out.add(new Input(p.toString(), cwd.resolve(p), null)));
            } else if (!Files.exists(at) && isGlob(s)) {
                List<Path> matches = glob(cwd, s);
                if (matches.isEmpty()) {
                    out.add(new Input(s, at, "no file matches"));
                }
                matches.forEach(p -> out.add(new Input(p.toString(), cwd.resolve(p), null)));
            } else {
                out.add(new Input(s, at, null));
            }
        }
        return out;
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static boolean isDraft(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The regular files a glob matches, as written: walked from its folders before the first wild one. */
    private static List<Path> glob(Path cwd, String pattern) {
        Path p = Path.of(pattern);
        Path base = p.isAbsolute() ? p.getRoot() : Path.of("");
        int wild = 0;
        for (; wild < p.getNameCount() && !isGlob(p.getName(wild).toString()); wild++) {
            base = base.resolve(p.getName(wild));
        }
        if (!Files.isDirectory(cwd.resolve(base.toString().isEmpty() ? Path.of(".") : base))) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : p.getNameCount() - wild;
        return walk(cwd, base, depth, matcher::matches);
    }

    /**
     * The regular files under {@code root} (as written; empty: the working folder) that {@code take} takes, hidden
     * ones left out, named as {@code root} names them, in order.
     */
    private static List<Path> walk(Path cwd, Path root, int depth, java.util.function.Predicate<Path> take) {
        Path start = cwd.resolve(root.toString().isEmpty() ? Path.of(".") : root);
        try (Stream<Path> all = Files.walk(start, depth)) {
            return all.filter(Files::isRegularFile)
                    .map(f -> root.toString().isEmpty() ? start.relativize(f) : root.resolve(start.relativize(f)))
                    .filter(f -> !hidden(root, f) && take.test(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a name under the root starts with a dot (.git, .cache): never drafts. */
    private static boolean hidden(Path root, Path file) {
        Path relative = root.toString().isEmpty() ? file : root.relativize(file);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
