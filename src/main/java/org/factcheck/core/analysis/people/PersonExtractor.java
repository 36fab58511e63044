package org.factcheck.core.analysis.people;

import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;
import org.factcheck.core.text.Tokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.factcheck.core.facts.Span;

/**
 * Finds the places where a draft names people, and the role phrases that go with them. A run of capitalized words
 * (with particles and initials inside) is a person's name when something says so: an honorific before it
 * ({@code M.}, {@code Ms.}), a role phrase before it ({@code le ministre chinois des Affaires étrangères},
 * {@code US Treasury Secretary}) or in apposition after it ({@code , secrétaire d'État américain,}), or a speech
 * verb of which it is the subject or the inverted subject ({@code a déclaré}, {@code said}). Runs without such a
 * sign are kept as candidates: the {@link PersonLinker} takes them when they share a part with a named person.
 * Places, institutions and nationalities ({@code not-persons}, {@code nationalities}) are never names.
 *
 * <p>Word lists, from {@code rules/<language>/}: {@code honorifics}, {@code role-nouns}, {@code roles},
 * {@code speech-verbs}, {@code name-particles}, {@code nationalities}, {@code not-persons}, {@code former-words},
 * {@code function-words}.
 */
public final class PersonExtractor {
    /** A name run found in a sentence, with its evidence and the role phrases attached to it. */
    public record Candidate(Span span, List<String> parts, List<String> written, String evidence, boolean honorific,
                            List<RolePhrase> roles, int sentence) {
    }

    /** A role phrase: where, which single-holder roles it names (keys), which country. */
    public record RolePhrase(Span span, List<String> keys, String nationality, List<String> nouns) {
    }

    /** The word lists, folded and indexed once per lexicon. */
    private static final class Tables {
        final Set<String> honorifics = new HashSet<>();
        final Set<String> roleNouns = new HashSet<>();
        final Set<String> speech = new HashSet<>();
        final Set<String> particles = new HashSet<>();
        final Set<String> function = new HashSet<>();
        final Set<String> former = new HashSet<>();
        final Map<String, String> nationality = new HashMap<>();
        /** Role phrase (folded tokens joined by spaces) to role key. */
        final Map<String, String> roles = new HashMap<>();
        /** Role phrases as token lists, by first token, longest first. */
        final Map<String, List<List<String>>> rolePhrases = new HashMap<>();
        /** Not-person names as token lists, by first token. */
        final Map<String, List<List<String>>> notPersons = new HashMap<>();
        /** Last words of the not-person names ("blanche" of "Maison Blanche"). */
        final Set<String> institutionEnds = new HashSet<>();
        final Set<String> articles;
        final Set<String> auxiliaries;
        final Set<String> stops;
        final Set<String> conjunctions;
        final Set<String> determiners;

        Tables(Lexicon lexicon) {
            Tokenizer tokenizer = new Tokenizer(lexicon);
            lexicon.list("honorifics").forEach(h -> honorifics.add(TextFold.fold(h.endsWith(".") ? h.substring(0, h.length() - 1) : h)));
            lexicon.list("role-nouns").forEach(w -> roleNouns.add(TextFold.fold(w)));
            lexicon.list("speech-verbs").forEach(w -> speech.add(TextFold.fold(w)));
            lexicon.list("name-particles").forEach(w -> particles.add(TextFold.fold(w)));
            lexicon.list("function-words").forEach(w -> function.add(TextFold.fold(w)));
            lexicon.list("elisions").forEach(w -> function.add(TextFold.fold(w) + "'")); // l', d', qu' as tokens have them
            lexicon.list("former-words").forEach(w -> former.add(TextFold.fold(w)));
            lexicon.heads("nationalities").forEach((w, head) -> nationality.put(TextFold.fold(w), head));
            for (Map.Entry<String, String> role : lexicon.heads("roles").entrySet()) {
                String phrase = role.getKey();
                String key = role.getValue();
                List<String> tokens = words(tokenizer, phrase);
                roles.put(String.join(" ", tokens), key);
                rolePhrases.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens);
            }
            rolePhrases.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
            for (String name : lexicon.list("not-persons")) {
                List<String> tokens = words(tokenizer, name);
                notPersons.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens);
                institutionEnds.add(tokens.get(tokens.size() - 1));
            }
            boolean fr = "fr".equals(lexicon.language());
            auxiliaries = fr ? Set.of("a", "ont", "avait", "avaient", "aurait", "auraient", "va", "vont")
                    : Set.of("has", "have", "had", "would", "will");
            stops = fr ? Set.of("a", "ont", "est", "sont", "avait", "était", "que", "qui", "dont", "où", "avec", "selon", "par", "pour", "entre", "contre", "chez")
                    : Set.of("has", "have", "had", "is", "was", "are", "were", "that", "who", "which", "with", "by", "for", "between", "against", "according");
            conjunctions = fr ? Set.of("et") : Set.of("and");
            articles = fr ? Set.of("le", "la", "l'", "les", "du", "des", "au", "aux", "un", "une")
                    : Set.of("the", "a", "an");
            determiners = fr ? Set.of("le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "cet", "cette", "ce")
                    : Set.of("the", "a", "an", "his", "her", "its", "their", "this", "that");
        }

        private static List<String> words(Tokenizer tokenizer, String phrase) {
            List<String> out = new ArrayList<>();
            for (Token t : tokenizer.tokenize(phrase, 0, phrase.length())) {
                out.add(TextFold.fold(t.text()));
            }
            return out;
        }
    }

    private final Tables tables;

    public PersonExtractor(Lexicon lexicon) {
        this.tables = new Tables(lexicon);
    }

    /** The name runs of one sentence. */
    public List<Candidate> extract(String text, List<Token> tokens, int sentence) {
        int n = tokens.size();
        Marks marks = marks(tokens);
        String[] f = marks.folded();
        boolean[] roleToken = marks.roleToken();
        String[] roleKeyAt = marks.keyAt();
        int[] roleEnd = marks.endAt();

        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!nameStart(tokens, f, roleToken, i)) {
                i++;
                continue;
            }
            // The run: capitalized words, initials (with their period), particles between capitalized words.
            int j = i;
            List<Integer> partIdx = new ArrayList<>();
            int last = i;
            boolean possessive = false;
            while (j < n) {
                Token t = tokens.get(j);
                if (nameWord(t, f[j], roleToken[j])) {
                    partIdx.add(j);
                    last = j;
                    if (isPossessive(t.text())) {
                        possessive = true;
                        j++;
                        break;
                    }
                    if (initial(t) && j + 1 < n && ".".equals(tokens.get(j + 1).text())) {
                        last = j + 1;
                        j += 2;
                        continue;
                    }
                    j++;
                } else if (!partIdx.isEmpty() && j + 1 < n && particle(f[j]) && t.isWord()
                        && nameWord(tokens.get(j + 1), f[j + 1], roleToken[j + 1])
                        && !tables.function.contains(f[j + 1])) {
                    partIdx.add(j);
                    j++;
                } else {
                    break;
                }
            }
            int runEnd = j;
            List<Integer> kept = trimRun(f, partIdx);
            // "le ministre de la Santé Oumar Traoré": after a preposition, a run of three parts or more begins with
            // the institution's name; the person's is the last two.
            if (i > 0 && (tables.function.contains(f[i - 1]) || particle(f[i - 1]))) {
                List<Integer> parts = kept.stream().filter(k -> !particle(f[k]) && !initial(tokens.get(k))
                        && !".".equals(tokens.get(k).text())).toList();
                if (parts.size() >= 3) {
                    kept = new ArrayList<>(kept.subList(kept.indexOf(parts.get(parts.size() - 2)), kept.size()));
                }
            }
            if (!kept.isEmpty()) {
                Candidate c = candidate(text, tokens, f, kept, roleToken, roleKeyAt, roleEnd, possessive, sentence);
                if (c != null) {
                    out.add(c);
                }
            }
            i = Math.max(runEnd, i + 1);
        }
        return out;
    }

    /**
     * Role phrases that stand without a name ("son homologue chinois", "the minister"): each role noun (or listed
     * role) after a determiner that is not followed by a name.
     */
    public List<RolePhrase> bareRoles(String text, List<Token> tokens, List<Candidate> named) {
        int n = tokens.size();
        Marks marks = marks(tokens);
        String[] f = marks.folded();
        boolean[] roleToken = marks.roleToken();
        String[] roleKeyAt = marks.keyAt();
        int[] roleEnd = marks.endAt();
        List<RolePhrase> out = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (!tables.determiners.contains(f[i - 1]) || !(tables.roleNouns.contains(f[i]) || roleKeyAt[i] != null)) {
                continue;
            }
            int end = roleKeyAt[i] != null ? roleEnd[i] : i + 1;
            String nationality = null;
            for (int k = i + 1; k < Math.min(n, end + 2); k++) {
                if (tables.nationality.containsKey(f[k]) && nationality == null) {
                    nationality = tables.nationality.get(f[k]);
                    end = Math.max(end, k + 1);
                }
            }
            Span span = Span.of(text, tokens.get(i).start(), tokens.get(end - 1).end());
            boolean attached = false;
            for (Candidate c : named) {
                for (RolePhrase r : c.roles()) {
                    attached |= r.span().start() <= span.start() && span.start() < r.span().end();
                }
            }
            if (attached || end < n && tokens.get(end).capitalized()) {
                continue;
            }
            boolean former = tables.former.contains(f[i - 1]) || i >= 2 && tables.former.contains(f[i - 2]);
            List<String> keys = roleKeyAt[i] != null && !former ? List.of(roleKeyAt[i]) : List.of();
            out.add(new RolePhrase(span, keys, nationality, List.of(f[i])));
            i = end - 1;
        }
        return out;
    }

    /** A sentence's tokens folded, and which are role words: where listed role phrases start, their key and end. */
    private record Marks(String[] folded, boolean[] roleToken, String[] keyAt, int[] endAt) {
    }

    private Marks marks(List<Token> tokens) {
        int n = tokens.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = TextFold.fold(tokens.get(i).text());
        }
        Marks m = new Marks(f, new boolean[n], new String[n], new int[n]);
        markRoles(f, tokens, m.roleToken(), m.keyAt(), m.endAt());
        return m;
    }

    /** Marks the tokens of listed role phrases ("secretary of state"), longest match first. */
    private void markRoles(String[] f, List<Token> tokens, boolean[] roleToken, String[] keyAt, int[] endAt) {
        int n = f.length;
        for (int i = 0; i < n; i++) {
            List<List<String>> cands = tables.rolePhrases.get(f[i]);
            if (cands != null) {
                for (List<String> phrase : cands) {
                    int end = match(f, i, phrase);
                    if (end > 0) {
                        keyAt[i] = tables.roles.get(String.join(" ", phrase));
                        endAt[i] = end;
                        for (int k = i; k < end; k++) {
                            roleToken[k] = true;
                        }
                        i = end - 1;
                        break;
                    }
                }
            }
            if (i < n && tables.roleNouns.contains(f[i])) {
                roleToken[i] = true;
            }
        }
    }

    /**
     * Where a listed role phrase starting at {@code at} ends (exclusive), nationality words inside it skipped
     * ("ministre chinois des affaires étrangères"); 0 when it does not match.
     */
    private int match(String[] f, int at, List<String> phrase) {
        int k = at;
        for (int m = 0; m < phrase.size(); m++) {
            while (m > 0 && k < f.length && tables.nationality.containsKey(f[k]) && !phrase.get(m).equals(f[k])) {
                k++;
            }
            if (k >= f.length || !phrase.get(m).equals(f[k])) {
                return 0;
            }
            k++;
        }
        return k;
    }

    private boolean nameStart(List<Token> tokens, String[] f, boolean[] roleToken, int i) {
        Token t = tokens.get(i);
        return nameWord(t, f[i], roleToken[i]) && !tables.function.contains(f[i]) && !particle(f[i]);
    }

    /** A capitalized word that may be part of a name: not a role, honorific, nationality or function word. */
    private boolean nameWord(Token t, String folded, boolean role) {
        if (!t.capitalized() || role) {
            return false;
        }
        String bare = stripPossessive(folded);
        if (tables.honorifics.contains(bare) || tables.nationality.containsKey(bare) || tables.roleNouns.contains(bare)) {
            return false;
        }
        // Words in capitals (acronyms, headlines) are not names, initials aside.
        return !(t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT))
                && !t.text().equals(t.text().toLowerCase(Locale.ROOT)));
    }

    private boolean particle(String folded) {
        return tables.particles.contains(folded.endsWith("'") ? folded.substring(0, folded.length() - 1) : folded);
    }

    private static boolean initial(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean isPossessive(String word) {
        return word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"));
    }

    private static String stripPossessive(String folded) {
        return folded.length() > 2 && folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
    }

    /**
     * The run without the not-person names it begins with ("Maison Blanche Karoline Leavitt"); empty when all of
     * it is one. A run of more than three name parts keeps its last two.
     */
    private List<Integer> trimRun(String[] f, List<Integer> idx) {
        List<Integer> run = new ArrayList<>(idx);
        boolean trimmed = true;
        while (trimmed && !run.isEmpty()) {
            trimmed = false;
            List<List<String>> cands = tables.notPersons.get(f[run.get(0)]);
            if (cands != null) {
                for (List<String> name : cands) {
                    if (name.size() <= run.size() && matchesRun(f, run, name)) {
                        run = new ArrayList<>(run.subList(name.size(), run.size()));
                        while (!run.isEmpty() && particle(f[run.get(0)])) {
                            run.remove(0);
                        }
                        trimmed = true;
                        break;
                    }
                }
            }
        }
        long parts = run.stream().filter(k -> !particle(f[k])).count();
        if (parts > 3) {
            run = new ArrayList<>(run.subList(run.size() - 2, run.size()));
        }
        return run;
    }

    private static boolean matchesRun(String[] f, List<Integer> run, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!name.get(k).equals(stripPossessive(f[run.get(k)]))) {
                return false;
            }
        }
        return true;
    }

    private Candidate candidate(String text, List<Token> tokens, String[] f, List<Integer> run, boolean[] roleToken,
                                String[] roleKeyAt, int[] roleEnd, boolean possessive, int sentence) {
        int first = run.get(0);
        int lastTok = run.get(run.size() - 1);
        List<String> parts = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int k : run) {
            if (particle(f[k]) || initial(tokens.get(k))) {
                continue;
            }
            String w = tokens.get(k).text();
            if (isPossessive(w)) {
                w = w.substring(0, w.length() - 2);
            }
            parts.add(TextFold.fold(w));
            written.add(w);
        }
        if (parts.isEmpty()) {
            return null;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(lastTok).end();
        if (possessive && end - start > 2) {
            end -= 2;
        }
        Span span = Span.of(text, start, end);
        List<RolePhrase> roles = new ArrayList<>();
        String evidence = null;
        boolean honorific = false;

        // An honorific right before: "M. Dupont", "Mme Roux", "Mr Smith".
        int p = first - 1;
        if (p >= 1 && particle(f[p])) {
            p--; // "Mme de Kervella"
        }
        if (p >= 0 && ".".equals(tokens.get(p).text()) && p - 1 >= 0) {
            p--;
        }
        if (p >= 0 && tokens.get(p).isWord() && tables.honorifics.contains(f[p])) {
            evidence = "honorific";
            honorific = true;
        }
        // A role phrase right before.
        RolePhrase before = roleBefore(text, tokens, f, first, roleToken, roleKeyAt, roleEnd);
        if (before != null) {
            roles.add(before);
            evidence = evidence == null ? "role" : evidence;
        }
        int after = lastTok + 1;
        if (possessive) {
            after = tokens.size(); // "Hollis's plan": nothing after a possessive speaks of the name
        }
        // A role phrase in apposition: ", secrétaire d'État américain,". After one word alone, only without an
        // article and not at the head of the sentence: "Lundi, le ministre a dit" is no apposition.
        RolePhrase apposition = after < tokens.size() ? apposition(text, tokens, f, after, roleToken, roleKeyAt, roleEnd) : null;
        if (apposition != null && parts.size() == 1 && (first == 0
                || tables.determiners.contains(f[after + 1]) || tables.articles.contains(f[after + 1]))) {
            apposition = null;
        }
        // One word after an article is a thing, not a person: "l'Intérieur a précisé", "the Conservatives said".
        if (parts.size() == 1 && !honorific && first > 0 && tables.articles.contains(f[first - 1])) {
            return null;
        }
        if (apposition != null) {
            roles.add(apposition);
            evidence = evidence == null ? "apposition" : evidence;
        }
        if (evidence == null && (speechAfter(tokens, f, after) || !possessive && speechBefore(tokens, f, first))) {
            evidence = "speech";
        }
        return new Candidate(span, parts, written, evidence, honorific, roles, sentence);
    }

    private RolePhrase roleBefore(String text, List<Token> tokens, String[] f, int first, boolean[] roleToken,
                                  String[] roleKeyAt, int[] roleEnd) {
        int earliest = -1;
        int k = first - 1;
        // "Le porte-parole du gouvernement, Paul Berger, a dit": the role set off by a comma.
        // The word before the comma ends the role phrase: a lower-case word or an institution's name ("Maison
        // Blanche"), never another person's name ("la femme de Shinzo Abe, Akie Abe").
        if (k >= 1 && ",".equals(tokens.get(k).text()) && (!tokens.get(k - 1).capitalized()
                || tables.institutionEnds.contains(f[k - 1]) || complement(tokens, f, k - 1))) {
            k--;
        }
        int end = k + 1;
        int limit = Math.max(0, first - 12);
        while (k >= limit) {
            Token t = tokens.get(k);
            String w = f[k];
            if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.NUMBER) {
                break;
            }
            if (tables.conjunctions.contains(w)) {
                if (earliest == k + 1) {
                    k--;
                    continue; // "conseiller d'État et ministre des Affaires étrangères"
                }
                break;
            }
            if (tables.stops.contains(w) || tables.speech.contains(w) || tables.honorifics.contains(w)) {
                break;
            }
            boolean allowed = roleToken[k] || tables.nationality.containsKey(w) || tables.function.contains(w)
                    || particle(w) || tables.former.contains(w) || t.capitalized() || w.startsWith("vice")
                    || k > 0 && (roleToken[k - 1] || tokens.get(k - 1).capitalized()); // one qualifier after a
                    // role noun or a capitalized word: "ministre malien", "de la Transition énergétique"
            if (!allowed) {
                break;
            }
            if (roleToken[k]) {
                earliest = k;
            }
            k--;
        }
        if (earliest < 0 || end > 0 && (tables.function.contains(f[end - 1]) || particle(f[end - 1])
                || tables.nationality.containsKey(f[end - 1]) && tokens.get(end - 1).capitalized())) {
            // "ministre des Affaires", "secretary of State", "directeur de France Bleu": an institution's name
            return null;
        }
        // The phrase takes in the nationality and "former" words just before it: "US Treasury Secretary".
        while (earliest > 0 && (tables.nationality.containsKey(f[earliest - 1]) || tables.former.contains(f[earliest - 1]))) {
            earliest--;
        }
        return rolePhrase(text, tokens, f, earliest, end, roleKeyAt, roleEnd);
    }

    /** Whether the capitalized words ending at {@code k} follow a preposition: "du Commerce", "of State". */
    private boolean complement(List<Token> tokens, String[] f, int k) {
        int b = k;
        while (b >= 0 && tokens.get(b).capitalized()) {
            b--;
        }
        return b >= 0 && b < k && (tables.function.contains(f[b]) || particle(f[b]));
    }

    private RolePhrase apposition(String text, List<Token> tokens, String[] f, int after, boolean[] roleToken,
                                  String[] roleKeyAt, int[] roleEnd) {
        int n = tokens.size();
        if (after >= n || !",".equals(tokens.get(after).text())) {
            return null;
        }
        int k = after + 1;
        while (k < n && k < after + 4 && (tables.determiners.contains(f[k]) || tables.nationality.containsKey(f[k])
                || tables.former.contains(f[k]))) {
            k++;
        }
        if (k >= n || !roleToken[k]) {
            return null;
        }
        int start = k;
        int end = k;
        while (end < n && tokens.get(end).kind() != Token.Kind.PUNCT && !tables.stops.contains(f[end])
                && !tables.speech.contains(f[end]) && end < start + 12) {
            end++;
        }
        return end > start ? rolePhrase(text, tokens, f, start, end, roleKeyAt, roleEnd) : null;
    }

    /** The role phrase of tokens {@code [from, to)}: its listed roles, nationality and role nouns. */
    private RolePhrase rolePhrase(String text, List<Token> tokens, String[] f, int from, int to, String[] roleKeyAt,
                                  int[] roleEnd) {
        String nationality = null;
        boolean former = from > 0 && tables.former.contains(f[from - 1]);
        List<String> nouns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        // Split on conjunctions; each part is a role when, nationality words and articles set aside, it is listed.
        List<String> part = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            String w = k < to ? f[k] : null;
            if (w == null || tables.conjunctions.contains(w)) {
                String key = tables.roles.get(String.join(" ", part));
                if (key != null && !former && !keys.contains(key)) {
                    keys.add(key);
                }
                part.clear();
                continue;
            }
            if (tables.nationality.containsKey(w)) {
                nationality = nationality == null ? tables.nationality.get(w) : nationality;
                continue;
            }
            if (tables.former.contains(w)) {
                former = true;
                continue;
            }
            if (part.isEmpty() && tables.determiners.contains(w)) {
                continue;
            }
            if (tables.roleNouns.contains(w)) {
                nouns.add(w);
            }
            part.add(w);
        }
        if (former) {
            keys.clear();
        }
        return new RolePhrase(Span.of(text, tokens.get(from).start(), tokens.get(to - 1).end()), keys, nationality, nouns);
    }

    private boolean speechAfter(List<Token> tokens, String[] f, int k) {
        int n = tokens.size();
        if (k >= n) {
            return false;
        }
        if (tables.speech.contains(f[k])) {
            return true;
        }
        if (tables.auxiliaries.contains(f[k])) {
            for (int m = k + 1; m < Math.min(n, k + 3); m++) {
                if (tables.speech.contains(f[m])) {
                    return true;
                }
                if (tokens.get(m).kind() == Token.Kind.PUNCT) {
                    return false;
                }
            }
        }
        return false;
    }

    private boolean speechBefore(List<Token> tokens, String[] f, int first) {
        return first >= 1 && tables.speech.contains(f[first - 1])
                || first >= 1 && "selon".equals(f[first - 1])
                || first >= 2 && "to".equals(f[first - 1]) && "according".equals(f[first - 2]);
    }
}
