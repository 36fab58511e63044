package org.factcheck.core.text;

import java.util.List;

import org.factcheck.core.lang.Lexicon;

/**
 * The possessive endings of a language, folded: the {@code person-words} line headed {@code possessive} ("'s" of
 * "Hollis's"). What the tagger, the name runs and the figures' quantities strip from a word. Immutable.
 */
public final class Possessives {
    private final List<String> endings;

    public Possessives(Lexicon lexicon) {
        this.endings = lexicon.forms("person-words", "possessive").stream().map(TextFold::fold).toList();
    }

    /** The length of the possessive ending of a folded word, 0 when it has none (nor is a word only an ending). */
    public int endOf(String folded) {
        for (String ending : endings) {
            if (folded.length() > ending.length() && folded.endsWith(ending)) {
                return ending.length();
            }
        }
        return 0;
    }
}
