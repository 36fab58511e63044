package org.factcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factcheck.TestSupport;
import org.factcheck.core.text.TextFold;
import org.junit.jupiter.api.Test;

/**
 * Every French or English word lives in {@code rules/}: the Java of the language layers (text, lang, analysis,
 * compare, facts) holds no word list. A string literal fails this test when it is a word or phrase of one of the
 * rules folder's word lists ({@code "aujourd'hui"}, {@code "today"}, {@code "de la"}), or when it spells an
 * alternation of words ({@code "du|des|of the"}): such a list belongs in a {@code *.txt} file a newsroom can edit.
 * Comments are not code, sentences (messages for developers) are not words of a list, and neither are the
 * identifiers the rules folder defines and Java names: the lists' names, the keys that head their lines
 * ({@code auxiliary | has | have}, {@code day:-1 | hier}, an alternation of such keys before a colon), the slots and
 * groups of their pattern templates ({@code {which}}, {@code (?<day>…)}), and the keywords of the message syntax.
 */
class NoLanguageWordsInJavaTest {
    private static final List<String> LAYERS = List.of("text", "lang", "analysis", "compare", "facts");
    /** The plural categories and placeholder kinds of {@code Messages}' syntax (CLDR's), not words of a language. */
    private static final Set<String> SYNTAX = Set.of("one", "other", "plural", "select", "date");
    /** A template's slot ({@code {which}}) or named group ({@code (?<day>}). */
    private static final Pattern SLOT = Pattern.compile("\\{([a-z][a-z-]*)}|\\(\\?<([a-zA-Z]+)>");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    /** Two words or more joined by |: a regular expression's list of words. */
    private static final Pattern ALTERNATION = Pattern.compile("(?<![\\\\\\p{L}])\\p{L}{2,}+(?:['’ ]\\p{L}++)*+"
            + "(?:\\|\\p{L}{2,}+(?:['’ ]\\p{L}++)*+)++(?![\\p{L}]|\\):)");

    @Test
    void noJavaFileOfTheLanguageLayersHoldsAWordList() throws IOException {
        Set<String> words = lexiconEntries();
        assertTrue(words.size() > 500, "the word lists were read: " + words.size());
        List<String> offenders = new ArrayList<>();
        Path core = TestSupport.projectDir().resolve("src/main/java/org/factcheck/core");
        for (String layer : LAYERS) {
            try (Stream<Path> files = Files.walk(core.resolve(layer))) {
                for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                    offenders.addAll(offenders(core.relativize(file).toString(), Files.readString(file), words));
                }
            }
        }
        assertEquals(List.of(), offenders, "word lists in Java: move them to rules/<language>/*.txt");
    }

    @Test
    void theCheckFindsAWordAndAnAlternation() {
        Set<String> words = Set.of("aujourd'hui", "de la");
        String java = "class X { // \"aujourd'hui\" in a comment is fine\n"
                + " Pattern p = Pattern.compile(\"(?:du|de la)\\\\s+\"); String a = \"aujourd’hui\";"
                + " String m = \"the text is longer than 10 characters\"; }";
        assertEquals(List.of("X.java: \"(?:du|de la)\\\\s+\"", "X.java: \"aujourd’hui\""),
                offenders("X.java", java, words));
    }

    static List<String> offenders(String name, String java, Set<String> words) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(COMMENT.matcher(java).replaceAll(" "));
        while (m.find()) {
            String literal = m.group(1);
            String key = TextFold.fold(literal).strip();
            boolean word = key.length() >= 2 && words.contains(key) && !SYNTAX.contains(key) && key.indexOf(':') < 0;
            if (ALTERNATION.matcher(literal).find() || word) {
                out.add(name + ": \"" + literal + "\"");
            }
        }
        return out;
    }

    /** Every entry of every word list of the rules folder, folded. */
    private static Set<String> lexiconEntries() throws IOException {
        Set<String> out = new HashSet<>();
        Path rules = TestSupport.projectDir().resolve("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            List<Path> lists = files.filter(p -> p.toString().endsWith(".txt")).toList();
            Set<String> identifiers = new HashSet<>();
            for (Path file : lists) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.strip().startsWith("#")) {
                        continue;
                    }
                    String[] forms = line.split("\\|");
                    if (forms.length > 1) {
                        String key = TextFold.fold(forms[0]).strip();
                        identifiers.add(key);
                        identifiers.add(key.split(":")[0]); // week:-1 names the unit week
                    }
                    Matcher slot = SLOT.matcher(line);
                    while (slot.find()) {
                        identifiers.add(slot.group(1) != null ? slot.group(1) : slot.group(2));
                    }
                    for (int i = forms.length > 1 ? 1 : 0; i < forms.length; i++) {
                        String f = TextFold.fold(forms[i]).strip();
                        if (f.chars().anyMatch(Character::isLetter)) {
                            out.add(f);
                        }
                    }
                }
                String name = file.getFileName().toString();
                identifiers.add(name.substring(0, name.length() - 4));
            }
            out.removeAll(identifiers);
            // The language folders' names are language codes, not words, though French writes "en" too.
            try (Stream<Path> dirs = Files.list(rules)) {
                dirs.filter(Files::isDirectory).forEach(d -> out.remove(d.getFileName().toString()));
            }
        }
        return out;
    }
}
