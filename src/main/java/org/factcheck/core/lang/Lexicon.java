package org.factcheck.core.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.factcheck.core.compare.Names;
import org.factcheck.core.text.TextFold;

/**
 * The word lists of one language, read from the {@code *.txt} files of {@code rules/<language>/} and, for the lists
 * that are the same in every language (name particles, exclusive and shared roles), of the rules folder's root: each
 * file is a list named after the file (without {@code .txt}); a language's own file wins over a root file of the same
 * name; a line is one entry; blank lines and lines starting with {@code #} are ignored. An entry may hold several forms separated by {@code |}: they form a group (see
 * {@link #sameGroup}).
 */
public final class Lexicon {
    private final String language;
    private final Map<String, WordList> lists;
    /** The keyed lines of lists (name|key), folded (lower case, accents off), made when first asked for. */
    private final Map<String, Set<String>> folded = new ConcurrentHashMap<>();

    public Lexicon(String language, Map<String, List<String>> entries) {
        this(parse(entries), language);
    }

    private Lexicon(Map<String, WordList> lists, String language) {
        this.language = language;
        this.lists = Map.copyOf(lists);
    }

    /**
     * One list, read: its forms; the lines each stands on, the key of each keyed form, and its forms folded, made
     * when first asked for. The lists of the rules folder's root are read once and shared by every language.
     */
    public static final class WordList {
        private final List<String> lines;
        private final Set<String> set;
        /** The lines' groups and keys, made when first asked for: most lists (the given names) are never asked. */
        private volatile Keys keys;
        private volatile Set<String> folded;

        /** The lines each form stands on, and the first form of its line for each form written after it. */
        private record Keys(Map<String, Set<Integer>> groups, Map<String, String> heads) {
        }

        private WordList(List<String> lines, Set<String> set) {
            this.lines = lines;
            this.set = set;
        }

        static WordList of(List<String> lines) {
            Set<String> set = new HashSet<>(lines.size() * 4 / 3 + 1);
            for (String line : lines) {
                if (line.indexOf('|') < 0) { // most lines hold one form
                    String f = line.strip();
                    if (!f.isEmpty()) {
                        set.add(f);
                    }
                } else {
                    for (String form : line.split("\\|")) {
                        String f = form.strip();
                        if (!f.isEmpty()) {
                            set.add(f);
                        }
                    }
                }
            }
            return new WordList(List.copyOf(lines), Set.copyOf(set));
        }

        private Keys keys() {
            Keys k = keys;
            if (k == null) {
                Map<String, Set<Integer>> groupOf = new HashMap<>();
                Map<String, String> headOf = new HashMap<>();
                for (int i = 0; i < lines.size(); i++) {
                    String head = null;
                    for (String form : lines.get(i).split("\\|")) {
                        String f = form.strip();
                        if (!f.isEmpty()) {
                            groupOf.computeIfAbsent(f, x -> new HashSet<>()).add(i);
                            if (head == null) {
                                head = f;
                            } else {
                                headOf.putIfAbsent(f, head); // the forms after the key, the key too when written again
                            }
                        }
                    }
                }
                keys = k = new Keys(Map.copyOf(groupOf), Map.copyOf(headOf));
            }
            return k;
        }

        Set<String> folded() {
            Set<String> f = folded;
            if (f == null) {
                synchronized (this) { // made once: a caller waits for the thread of foldInBackground
                    f = folded;
                    if (f == null) {
                        Set<String> out = new HashSet<>();
                        set.forEach(form -> out.add(TextFold.fold(form)));
                        folded = f = Set.copyOf(out);
                    }
                }
            }
            return f;
        }
    }

    /**
     * The lists of {@code shared} (the rules folder's root, {@link #readLists} once for every language), then those of
     * {@code folder}, whose lists win.
     */
    public static Lexicon load(String language, Map<String, WordList> shared, Path folder) throws IOException {
        Map<String, WordList> lists = new HashMap<>(shared);
        lists.putAll(readLists(folder));
        return new Lexicon(lists, language);
    }

    /**
     * Folds {@code lists} on a thread of their own, for a process that starts up while it reads the rest of its rules:
     * the shared lists hold the 64,000 given names, which every language's person analysis folds first.
     */
    public static void foldInBackground(Collection<WordList> lists) {
        List<WordList> each = List.copyOf(lists);
        Thread thread = new Thread(() -> each.forEach(WordList::folded), "factcheck-fold");
        thread.setDaemon(true);
        thread.start();
    }

    /** The lists of the {@code *.txt} files of {@code folder}. */
    public static Map<String, WordList> readLists(Path folder) throws IOException {
        Map<String, List<String>> entries = new HashMap<>();
        read(folder, entries);
        return parse(entries);
    }

    private static Map<String, WordList> parse(Map<String, List<String>> entries) {
        Map<String, WordList> out = new HashMap<>();
        entries.forEach((name, lines) -> out.put(name, WordList.of(lines)));
        return Map.copyOf(out);
    }

    private static void read(Path folder, Map<String, List<String>> entries) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") && Files.isRegularFile(file)) {
                    entries.put(name.substring(0, name.length() - 4), entries(file));
                }
            }
        }
    }

    private static List<String> entries(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }

    public String language() {
        return language;
    }

    /** The entries of list {@code name}; empty when the language has no such list. */
    public Set<String> list(String name) {
        WordList l = lists.get(name);
        return l == null ? Set.of() : l.set;
    }

    public boolean has(String list, String entry) {
        return list(list).contains(entry);
    }

    /** The entries of list {@code name} folded (lower case, accents off: "helene" for Hélène), made once. */
    public Set<String> folded(String name) {
        WordList l = lists.get(name);
        return l == null ? Set.of() : l.folded();
    }

    /**
     * The forms of the line of list {@code name} headed {@code key} ({@link #forms}), folded, made once: the word
     * groups of a keyed list ("public-bodies | parti | gouvernement | assemblée" of role-words).
     */
    public Set<String> foldedForms(String name, String key) {
        return folded.computeIfAbsent(name + "|" + key, n -> {
            Set<String> out = new HashSet<>();
            forms(name, key).forEach(form -> out.add(TextFold.fold(form)));
            return Set.copyOf(out);
        });
    }

    /** Whether list {@code list} holds {@code entry}, a folded word, case and accents aside. */
    public boolean hasFolded(String list, String entry) {
        return folded(list).contains(entry);
    }

    /** Whether a folded name part is a listed given name, of either list (given-names-female, given-names-male). */
    public boolean givenName(String folded) {
        return hasFolded("given-names-male", folded) || hasFolded("given-names-female", folded);
    }

    /** Whether {@code a} and {@code b} stand on one line of list {@code name} (a form may stand on several). */
    public boolean sameGroup(String name, String a, String b) {
        WordList l = lists.get(name);
        Map<String, Set<Integer>> g = l == null ? Map.of() : l.keys().groups();
        Set<Integer> ga = g.get(a);
        Set<Integer> gb = g.get(b);
        if (ga == null || gb == null) {
            return false;
        }
        for (Integer line : ga) {
            if (gb.contains(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms that share a line of list {@code name} with {@code key}, {@code key} aside: the words of a keyed line
     * ("auxiliary | a | ont | avait").
     */
    public List<String> forms(String name, String key) {
        List<String> out = new ArrayList<>();
        for (String form : list(name)) {
            if (!form.equals(key) && sameGroup(name, key, form)) {
                out.add(form);
            }
        }
        return out;
    }

    /**
     * The forms of list {@code name} written after the first of their line, each mapped to that first form: the
     * lists whose lines begin with a key ("11 | novembre | nov.", "CN | chinois | chine"). A key that is also one
     * of its forms is written twice ("president | president").
     */
    public Map<String, String> heads(String name) {
        WordList l = lists.get(name);
        return l == null ? Map.of() : l.keys().heads();
    }

}
