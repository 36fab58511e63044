package org.factcheck.eval.planted;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The generator's own word lists ({@code planted/words.txt} on the test class path): given names, honorifics, speech
 * verbs, role nouns. Independent of the checker's rules folder, so that where errors are planted does not follow
 * what the checker knows.
 */
final class Words {
    private static Words instance;
    private final Map<String, List<String>> lists;
    private final Map<String, String> alternations = new java.util.concurrent.ConcurrentHashMap<>();

    private Words(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    static synchronized Words get() {
        if (instance == null) {
            try (InputStream in = Words.class.getResourceAsStream("/planted/words.txt")) {
                Map<String, List<String>> lists = new HashMap<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] parts = line.split("\\s*\\|\\s*");
                        lists.put(parts[0].strip(), List.of(parts).subList(1, parts.length));
                    }
                }
                instance = new Words(lists);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    List<String> list(String key) {
        return lists.getOrDefault(key, List.of());
    }

    /** The given-name list ({@code given.fr.m}…) holding {@code name}, the article's language first; null if none. */
    List<String> givenList(String name, String language) {
        for (String key : List.of("given." + language + ".m", "given." + language + ".f", "given.fr.m", "given.fr.f",
                "given.en.m", "given.en.f")) {
            if (list(key).contains(name)) {
                return list(key);
            }
        }
        return null;
    }

    boolean given(String name) {
        return givenList(name, "en") != null;
    }

    /** A regex alternation of a list's entries, longest first, each quoted. */
    String alternation(String key) {
        return alternations.computeIfAbsent(key, this::buildAlternation);
    }

    private String buildAlternation(String key) {
        List<String> entries = new ArrayList<>(list(key));
        entries.sort(Comparator.comparingInt(String::length).reversed());
        return entries.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
