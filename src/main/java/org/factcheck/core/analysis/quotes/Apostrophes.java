package org.factcheck.core.analysis.quotes;

import java.util.Locale;
import java.util.Set;

import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.TextFold;

/**
 * What tells an apostrophe from a single quotation mark, by the word lists of a language: {@code elisions} (a word
 * elided before the apostrophe: {@code jusqu'}), {@code leading-elisions} (a word shortened at its start: {@code 'em},
 * {@code 'n'}), {@code trailing-apostrophes} (a word shortened at its end: {@code goin'}, {@code Vélib'}) and
 * {@code plural-possessives} (the letters a plural possessive ends with: {@code the players'}). Immutable.
 */
final class Apostrophes {
    private final Lexicon lexicon;
    /** Auxiliaries ({@code person-words}), read once: with a speech verb, what may open an attribution. */
    private final Set<String> auxiliaries;
    /** Words of the first person ({@code person-words}): what tells a paragraph of quoted speech. */
    private final Set<String> firstPerson;

    Apostrophes(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.auxiliaries = Set.copyOf(lexicon.forms("person-words", "auxiliary"));
        this.firstPerson = lexicon.foldedForms("person-words", "first-person");
    }

    /**
     * Whether an attribution follows offset {@code from} (a comma and spaces aside, within the paragraph): the end of
     * the paragraph, a speech verb, or an auxiliary and a speech verb ("précis' a écrit M. Trump", "crisis' said").
     * Not a sentence's end: "Chasseurs d'appart'.", "Vincent Lagaf' ?" are words cut short, and so is "Lagaf' va
     * venir".
     */
    boolean attributionAfter(String text, int from, int end) {
        int k = from;
        while (k < end && (text.charAt(k) == ',' || Character.isWhitespace(text.charAt(k)))) {
            k++;
        }
        if (k >= end || speechVerbAt(text, k, end)) {
            return true;
        }
        // an auxiliary with its speech verb ("a écrit"); alone it may be the verb of the sentence ("Lagaf' va venir")
        int w = wordEnd(text, k, end);
        int next = w;
        while (next < end && text.charAt(next) == ' ') {
            next++;
        }
        return auxiliaries.contains(text.substring(k, w).toLowerCase(Locale.ROOT)) && next > w
                && speechVerbAt(text, next, end);
    }

    /** Whether the first sentence from {@code from} to {@code end} has a word of the first person ("nous", "I"). */
    boolean firstPersonIn(String text, int from, int end) {
        int k = from;
        while (k < end && !MarkFamily.sentenceEnd(text.charAt(k))) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int w = wordEnd(text, k, end);
            if (firstPerson.contains(text.substring(k, w).toLowerCase(Locale.ROOT))) {
                return true;
            }
            k = w;
        }
        return false;
    }

    /** Whether the word that starts at {@code from} is a speech verb ("écrit", "said"). */
    boolean speechVerbAt(String text, int from, int end) {
        int w = wordEnd(text, from, end);
        return w > from && lexicon.has("speech-verbs", text.substring(from, w).toLowerCase(Locale.ROOT));
    }

    /** Where the letters from {@code from} end, at {@code end} at most. */
    private static int wordEnd(String text, int from, int end) {
        int w = from;
        while (w < end && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return w;
    }

    /** Whether an apostrophe after the letter {@code prev} may end a plural possessive ("the players' union"). */
    boolean pluralPossessive(char prev) {
        return lexicon.has("plural-possessives", String.valueOf(Character.toLowerCase(prev)));
    }

    /**
     * Whether the apostrophe at {@code i} ends the word before it, in the paragraph from {@code from}: an elided word
     * ({@code jusqu' à}), a shortened word that began with one ({@code rock 'n' roll}), or a listed one ({@code goin'}).
     */
    boolean trailing(String text, int from, int i) {
        return listedBefore("elisions", text, from, i) || endsLeadingElision(text, from, i)
                || listedBefore("trailing-apostrophes", text, from, i);
    }

    /** Whether the word ending at {@code i}, in the paragraph from {@code from}, is an elided one ({@code l}, {@code qu}). */
    boolean elided(String text, int from, int i) {
        return listedBefore("elisions", text, from, i);
    }

    /** Whether the word ending at {@code i}, in lower case, is on list {@code list}. */
    private boolean listedBefore(String list, String text, int from, int i) {
        int b = wordStart(text, from, i);
        return b < i && lexicon.has(list, text.substring(b, i).toLowerCase(Locale.ROOT));
    }

    /** Whether the apostrophe at {@code i} ends a shortened word that began with one, as in {@code 'n'}. */
    private boolean endsLeadingElision(String text, int from, int i) {
        int b = wordStart(text, from, i);
        return b < i && b > from && TextFold.isApostrophe(text.charAt(b - 1))
                && lexicon.has("leading-elisions", text.substring(b, i).toLowerCase(Locale.ROOT) + "'");
    }

    private static int wordStart(String text, int from, int i) {
        int b = i;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** Whether the apostrophe at {@code i} begins a shortened word ({@code 'em}, {@code '90s}, {@code ’til}). */
    boolean leading(String text, int i) {
        int j = i + 1;
        if (j < text.length() && Character.isDigit(text.charAt(j))) {
            // '04, the '90s: two digits; '2004 top moment' opens a quotation
            return j + 2 <= text.length() && Character.isDigit(text.charAt(j + 1))
                    && (j + 2 == text.length() || !Character.isDigit(text.charAt(j + 2)));
        }
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i + 1) {
            return false;
        }
        String word = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (j < text.length() && TextFold.isApostrophe(text.charAt(j))) {
            word = word + "'"; // 'n'
        }
        return lexicon.has("leading-elisions", word);
    }
}
