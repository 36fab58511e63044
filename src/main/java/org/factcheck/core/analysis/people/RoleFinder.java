package org.factcheck.core.analysis.people;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.Span;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.Token;

/**
 * Finds role phrases: the listed roles and role nouns of a sentence ({@link #mark}), a role phrase right before a
 * name ({@code le ministre chinois des Affaires étrangères}, {@code US Treasury Secretary}), one in apposition after
 * it ({@code , secrétaire d'État américain,}), and those that stand without a name ({@code son homologue chinois}).
 * Holds only the word lists: one instance serves every draft.
 */
final class RoleFinder {
    private final PersonWords words;

    RoleFinder(PersonWords words) {
        this.words = words;
    }

    /** The sentence's tokens folded, and which are role words: where listed role phrases start, their key and end. */
    MarkedSentence mark(String text, AnnotatedText.TextSentence sentence) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = tokens.get(i).folded();
        }
        MarkedSentence s = new MarkedSentence(text, tokens, f, new boolean[n], new String[n], new int[n], sentence.index());
        for (int i = 0; i < n; i++) {
            for (List<String> phrase : words.rolePhrases.getOrDefault(f[i], List.of())) {
                int end = match(f, i, phrase);
                if (end > 0) {
                    s.keyAt()[i] = words.roles.get(String.join(" ", phrase));
                    s.endAt()[i] = end;
                    for (int k = i; k < end; k++) {
                        s.roleToken()[k] = true;
                    }
                    i = end - 1;
                    break;
                }
            }
            if (i < n && words.roleNouns.contains(f[i])) {
                s.roleToken()[i] = true;
            }
        }
        return s;
    }

    /**
     * Where a listed role phrase starting at {@code at} ends (exclusive), nationality words inside it skipped
     * ("ministre chinois des affaires étrangères"); 0 when it does not match.
     */
    private int match(String[] f, int at, List<String> phrase) {
        int k = at;
        for (int m = 0; m < phrase.size(); m++) {
            while (m > 0 && k < f.length && words.isNationality(f[k]) && !phrase.get(m).equals(f[k])) {
                k++;
            }
            if (k >= f.length || !phrase.get(m).equals(f[k])) {
                return 0;
            }
            k++;
        }
        return k;
    }

    /**
     * Role phrases that stand without a name ("son homologue chinois", "the minister"): each role noun (or listed
     * role) after a determiner that is not followed by a name nor part of a name's role phrase.
     */
    List<RolePhrase> bare(MarkedSentence s, List<NameCandidate> named) {
        int n = s.size();
        List<RolePhrase> out = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (!words.determiners.contains(s.f(i - 1)) || !(words.roleNouns.contains(s.f(i)) || s.keyAt()[i] != null)) {
                continue;
            }
            int end = s.keyAt()[i] != null ? s.endAt()[i] : i + 1;
            String nationality = null;
            for (int k = i + 1; k < Math.min(n, end + 2); k++) {
                if (words.isNationality(s.f(k)) && nationality == null) {
                    nationality = words.nationality.get(s.f(k));
                    end = Math.max(end, k + 1);
                }
            }
            Span span = s.span(i, end);
            boolean attached = false;
            for (NameCandidate c : named) {
                for (RolePhrase r : c.roles()) {
                    attached |= r.span().start() <= span.start() && span.start() < r.span().end();
                }
            }
            if (attached || end < n && s.token(end).capitalized()) {
                continue;
            }
            boolean former = words.former.contains(s.f(i - 1)) || i >= 2 && words.former.contains(s.f(i - 2));
            List<String> keys = s.keyAt()[i] != null && !former ? List.of(s.keyAt()[i]) : List.of();
            out.add(new RolePhrase(span, keys, nationality, List.of(s.f(i))));
            i = end - 1;
        }
        return out;
    }

    /** The role phrase right before the name starting at token {@code first}, or null. */
    RolePhrase before(MarkedSentence s, int first) {
        int earliest = -1;
        int k = first - 1;
        // "Le porte-parole du gouvernement, Paul Berger, a dit": the role set off by a comma.
        // The word before the comma ends the role phrase: a lower-case word or an institution's name ("Maison
        // Blanche"), never another person's name ("la femme de Shinzo Abe, Akie Abe").
        if (k >= 1 && s.is(k, ",") && (!s.token(k - 1).capitalized()
                || words.institutionEnds.contains(s.f(k - 1)) || complement(s, k - 1))) {
            k--;
        }
        int end = k + 1;
        int limit = Math.max(0, first - 12);
        while (k >= limit) {
            Token t = s.token(k);
            String w = s.f(k);
            if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.NUMBER) {
                break;
            }
            if (words.conjunctions.contains(w)) {
                if (earliest == k + 1) {
                    k--;
                    continue; // "conseiller d'État et ministre des Affaires étrangères"
                }
                break;
            }
            if (words.stops.contains(w) || words.speech.contains(w) || words.honorifics.contains(w)) {
                break;
            }
            boolean allowed = s.roleToken()[k] || words.isNationality(w) || words.function.contains(w)
                    || words.particle(w) || words.former.contains(w) || t.capitalized() || words.rolePrefixed(w)
                    || k > 0 && (s.roleToken()[k - 1] || s.token(k - 1).capitalized()); // one qualifier after a
                    // role noun or a capitalized word: "ministre malien", "de la Transition énergétique"
            if (!allowed) {
                break;
            }
            if (s.roleToken()[k]) {
                earliest = k;
            }
            k--;
        }
        if (earliest < 0 || end > 0 && (words.function.contains(s.f(end - 1)) || words.particle(s.f(end - 1))
                || words.isNationality(s.f(end - 1)) && s.token(end - 1).capitalized())) {
            // "ministre des Affaires", "secretary of State", "directeur de France Bleu": an institution's name
            return null;
        }
        // The phrase takes in the nationality and "former" words just before it: "US Treasury Secretary".
        while (earliest > 0 && (words.isNationality(s.f(earliest - 1)) || words.former.contains(s.f(earliest - 1)))) {
            earliest--;
        }
        return phrase(s, earliest, end);
    }

    /** Whether the capitalized words ending at {@code k} follow a preposition: "du Commerce", "of State". */
    private boolean complement(MarkedSentence s, int k) {
        int b = k;
        while (b >= 0 && s.token(b).capitalized()) {
            b--;
        }
        return b >= 0 && b < k && (words.function.contains(s.f(b)) || words.particle(s.f(b)));
    }

    /** The role phrase in apposition after a name, from the comma at {@code after}: ", secrétaire d'État,". */
    RolePhrase apposition(MarkedSentence s, int after) {
        int n = s.size();
        if (after >= n || !s.is(after, ",")) {
            return null;
        }
        int k = after + 1;
        while (k < n && k < after + 4 && (words.determiners.contains(s.f(k)) || words.isNationality(s.f(k))
                || words.former.contains(s.f(k)))) {
            k++;
        }
        if (k >= n || !s.roleToken()[k]) {
            return null;
        }
        int start = k;
        int end = k;
        while (end < n && s.token(end).kind() != Token.Kind.PUNCT && !words.stops.contains(s.f(end))
                && !words.speech.contains(s.f(end)) && end < start + 12) {
            end++;
        }
        return end > start ? phrase(s, start, end) : null;
    }

    /** The role phrase of tokens {@code [from, to)}: its listed roles, nationality and role nouns. */
    private RolePhrase phrase(MarkedSentence s, int from, int to) {
        String nationality = null;
        boolean former = from > 0 && words.former.contains(s.f(from - 1));
        List<String> nouns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        // Split on conjunctions; each part is a role when, nationality words and articles set aside, it is listed.
        List<String> part = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            String w = k < to ? s.f(k) : null;
            if (w == null || words.conjunctions.contains(w)) {
                String key = words.roles.get(String.join(" ", part));
                if (key != null && !former && !keys.contains(key)) {
                    keys.add(key);
                }
                part.clear();
            } else if (words.isNationality(w)) {
                nationality = nationality == null ? words.nationality.get(w) : nationality;
            } else if (words.former.contains(w)) {
                former = true;
            } else if (!part.isEmpty() || !words.determiners.contains(w)) {
                if (words.roleNouns.contains(w)) {
                    nouns.add(w);
                }
                part.add(w);
            }
        }
        if (former) {
            keys.clear();
        }
        return new RolePhrase(s.span(from, to), keys, nationality, nouns);
    }
}
