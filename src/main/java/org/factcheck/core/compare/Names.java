package org.factcheck.core.compare;

import java.util.List;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.factcheck.core.facts.Person;
import org.factcheck.core.text.TextFold;

/**
 * Primitives for the NAME and TITLE rules: how two names compare. Similarity is Jaro-Winkler (Apache Commons Text);
 * the phonetic key that indexes name parts is Double Metaphone (Apache Commons Codec). The rules decide what a
 * score means (name.drl: which parts are near spellings).
 */
public final class Names {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(3);

    private Names() {
    }

    /** Jaro-Winkler similarity of two folded name parts, 0 to 1. */
    public static double similarity(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    /** The letters to add, drop or change to make one folded name part the other; 3 stands for 3 or more. */
    public static int edits(String a, String b) {
        int d = EDITS.apply(a, b);
        return d < 0 ? 3 : d;
    }

    /**
     * Whether two folded name parts sound alike: the same {@link #phoneticKey}, or the same {@link #consonantKey}
     * (the two keys the persons' name parts are paired by).
     */
    public static boolean soundAlike(String a, String b) {
        return phoneticKey(a).equals(phoneticKey(b)) || consonantKey(a).equals(consonantKey(b));
    }

    /**
     * Whether one folded given name may be a short form of the other: five letters or fewer, and the longer begins
     * with its first three (dave / david, danny / daniel, alex / alexandre); or the first part of a hyphenated one
     * (jean / jean-marc).
     */
    public static boolean shortForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() < longer.length() && (longer.startsWith(shorter + "-")
                || shorter.length() <= 5 && sharedPrefix(shorter, longer) >= 3);
    }

    /** How many letters two folded parts begin with alike: 2 for "nathalie" and "nadine". */
    public static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Whether two folded names or parts have the same letters, accents, hyphens and spaces aside (Sun-woo, Sunwoo). */
    public static boolean sameLetters(String a, String b) {
        return TextFold.letters(a).equals(TextFold.letters(b));
    }

    /**
     * A folded part's consonants: its first letter, then its consonants without their vowels (y a vowel), doubled
     * letters once ("sollacaro" and "sollaciro" are "slcr", "atwood" and "atwoed" "atwd"). A second index beside
     * {@link #phoneticKey}, which a vowel changed before a c or a g may split ("Sollacaro", "Sollaciro").
     */
    public static String consonantKey(String part) {
        String letters = az(part);
        StringBuilder out = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (i > 0 && "aeiouy".indexOf(c) >= 0) {
                continue;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.length() == 0 ? letters : out.toString();
    }

    /** The letters a to z of a folded part, in order (the part itself when it has no other). */
    private static String az(String part) {
        StringBuilder out = null;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < 'a' || c > 'z') {
                if (out == null) {
                    out = new StringBuilder(part.length()).append(part, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? part : out.toString();
    }

    /** The phonetic key a folded part is indexed by. */
    public static String phoneticKey(String part) {
        String letters = az(part);
        String key = METAPHONE.doubleMetaphone(letters);
        return key == null || key.isEmpty() ? letters : key;
    }

    /**
     * The index of the only part of {@code b} that differs from the part at the same index of {@code a}, when the
     * names have as many parts and all others are the same; -1 otherwise.
     */
    public static int soleDifference(Person a, Person b) {
        if (a.size() != b.size()) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < a.size(); i++) {
            if (!a.parts().get(i).equals(b.parts().get(i))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * Whether {@code b}'s name is {@code a}'s with part {@code ib} written for part {@code ia}: {@code b} is one part
     * alone, or has as many parts as {@code a} and differs from it only there.
     */
    public static boolean differsOnlyAt(Person a, int ia, Person b, int ib) {
        if (b.size() == 1) {
            return true;
        }
        return ia == ib && soleDifference(a, b) == ib;
    }

    /** Whether the two persons are given one single-holder role. */
    public static boolean shareRole(Person a, Person b) {
        for (String r : a.roles()) {
            if (b.roles().contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two lists share an element. */
    public static boolean anyOf(List<String> a, List<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name as written gives its given name by an initial ("R. Sridharan", "J.K. Rowling"): a way of
     * introducing a person in full.
     */
    public static boolean initialled(String written) {
        return written.length() > 3 && Character.isUpperCase(written.charAt(0)) && written.charAt(1) == '.';
    }
}
