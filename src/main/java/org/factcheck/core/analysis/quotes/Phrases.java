package org.factcheck.core.analysis.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;
import org.factcheck.core.text.Tokenizer;

/** Phrases of one or more words of a word list, matched on folded tokens; the longest match wins. Immutable once built. */
final class Phrases {
    private final Map<String, List<List<String>>> byFirst = new HashMap<>();

    /** Adds a phrase of a word list, cut into tokens as the text's would be. */
    void add(Tokenizer tokenizer, String phrase) {
        List<String> words = new ArrayList<>();
        for (String piece : phrase.split("\\s+")) {
            if (TextFold.isApostrophe(piece.charAt(piece.length() - 1))) {
                words.add(TextFold.fold(piece)); // an elided word alone ("l'"), a token as the text has it
                continue;
            }
            for (Token t : tokenizer.tokenize(piece, 0, piece.length())) {
                words.add(t.folded());
            }
        }
        List<List<String>> l = byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        l.add(words);
        l.sort((a, b) -> b.size() - a.size());
    }

    /** The number of tokens of the phrase starting at {@code k} of the folded tokens {@code f}, or 0. */
    int match(String[] f, int k) {
        if (k < 0 || k >= f.length) {
            return 0;
        }
        for (List<String> p : byFirst.getOrDefault(f[k], List.of())) {
            if (k + p.size() <= f.length && p.equals(Arrays.asList(f).subList(k, k + p.size()))) {
                return p.size();
            }
        }
        return 0;
    }

    /** Whether the folded word {@code word} is, alone, a phrase. */
    boolean single(String word) {
        return match(new String[] {word}, 0) == 1;
    }

    /** The one-word phrases. */
    List<String> singles() {
        List<String> out = new ArrayList<>();
        byFirst.forEach((first, phrases) -> phrases.stream().filter(p -> p.size() == 1).forEach(p -> out.add(first)));
        out.sort(null);
        return out;
    }
}
