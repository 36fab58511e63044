package org.factcheck.core.analysis.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.core.facts.Evidence;
import org.factcheck.core.facts.NamedOrganisation;
import org.factcheck.core.facts.Span;
import org.factcheck.core.text.Pos;
import org.factcheck.core.text.Token;

/**
 * Finds the name runs of a sentence: capitalized words, with particles and initials inside, without the
 * not-person names they begin with; then what says each is a person's name (an honorific, a role phrase, a speech
 * verb). Holds only the word lists: one instance serves every draft.
 */
final class NameRuns {
    /**
     * Parts of speech a name never begins with, though capitalized at the head of a sentence: "Recently", "Until",
     * "Selon". (A word the tagger does not know at the head of a clause is X: no tag to say so.)
     */
    private static final Set<Pos> CLOSED = EnumSet.of(Pos.ADV, Pos.ADP, Pos.DET, Pos.PRON, Pos.SCONJ, Pos.CCONJ,
            Pos.AUX, Pos.VERB, Pos.PART, Pos.INTJ, Pos.NUM);
    /** Parts of speech that no word of a person's name has: those, and punctuation. */
    private static final Set<Pos> NOT_IN_NAMES = union(CLOSED, EnumSet.of(Pos.PUNCT, Pos.SYM));
    /** Parts of speech of a given name used as a common word ("Heath", "Precious"). */
    private static final Set<Pos> COMMON = EnumSet.of(Pos.NOUN, Pos.ADJ);
    /** What a tagger makes of a name it reads, or cannot read (a name at the head of a sentence is often X). */
    private static final Set<Pos> PROPER = EnumSet.of(Pos.PROPN, Pos.X, Pos.NONE);

    private final PersonWords words;
    private final RoleFinder roles;

    NameRuns(PersonWords words, RoleFinder roles) {
        this.words = words;
        this.roles = roles;
    }

    /** The name candidates of one marked sentence; organisations' names that hold name words go to {@code named}. */
    List<NameCandidate> find(MarkedSentence s, int sentence, List<NamedOrganisation> named) {
        int n = s.size();
        List<NameCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!nameStart(s, i)) {
                i++;
                continue;
            }
            // The run: capitalized words, initials (with their period), particles between capitalized words.
            int j = i;
            List<Integer> partIdx = new ArrayList<>();
            boolean possessive = false;
            while (j < n) {
                Token t = s.token(j);
                if (nameWord(s, j)) {
                    partIdx.add(j);
                    if (words.possessiveEnd(s.f(j)) > 0) {
                        possessive = true;
                        j++;
                        break;
                    }
                    j += initial(t) && j + 1 < n && s.is(j + 1, ".") ? 2 : 1;
                } else if (!partIdx.isEmpty() && j + 1 < n && words.particle(s.f(j)) && t.isWord()
                        && nameWord(s, j + 1) && !words.function.contains(s.f(j + 1))) {
                    partIdx.add(j);
                    j++;
                } else {
                    break;
                }
            }
            NamedOrganisation organisation = organisation(s, partIdx, sentence);
            if (organisation != null) {
                named.add(organisation);
            }
            List<Integer> kept = trimRun(s, partIdx);
            // "le ministre de la Santé Oumar Traoré": after a preposition, a run of three parts or more begins with
            // the institution's name; the person's is the last two.
            if (i > 0 && (words.function.contains(s.f(i - 1)) || words.particle(s.f(i - 1)))) {
                List<Integer> parts = kept.stream().filter(k -> !words.particle(s.f(k)) && !initial(s.token(k))
                        && !s.is(k, ".")).toList();
                if (parts.size() >= 3) {
                    kept = new ArrayList<>(kept.subList(kept.indexOf(parts.get(parts.size() - 2)), kept.size()));
                }
            }
            if (!kept.isEmpty()) {
                NameCandidate c = candidate(s, kept, possessive);
                if (c != null) {
                    out.add(c);
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * The run as an organisation's name, when an organisation's word ends or begins it ("Clark Art Institute",
     * "Fondation Brigitte Bardot") and it holds other words: those, which may name a person; else null.
     */
    private NamedOrganisation organisation(MarkedSentence s, List<Integer> run, int sentence) {
        if (run.isEmpty() || !words.organisationWords.contains(stripPossessive(s.f(run.get(run.size() - 1))))
                && !words.organisationWords.contains(s.f(run.get(0)))) {
            return null;
        }
        List<Span> inside = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (int k : run) {
            String f = stripPossessive(s.f(k));
            if (!words.organisationWords.contains(f) && !words.particle(f) && !words.function.contains(f)
                    && !initial(s.token(k)) && !s.is(k, ".")) {
                Token t = s.token(k);
                inside.add(Span.of(s.text(), t.start(), t.end() - words.possessiveEnd(s.f(k))));
                folded.add(f);
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        Token first = s.token(run.get(0));
        Token last = s.token(run.get(run.size() - 1));
        return new NamedOrganisation(Span.of(s.text(), first.start(), last.end()), inside, folded, sentence);
    }

    private boolean nameStart(MarkedSentence s, int i) {
        return nameWord(s, i) && !words.function.contains(s.f(i)) && !words.particle(s.f(i))
                && (!words.dateWords.contains(stripPossessive(s.f(i))) || givenNameBeforeName(s, i))
                && (!CLOSED.contains(s.token(i).pos()) || givenNameInside(s, i));
    }

    /**
     * A date word that is also a listed given name, before a capitalized word that is no date word: "Jan Bolz", not
     * "Jan 5" nor "Mai Juin".
     */
    private boolean givenNameBeforeName(MarkedSentence s, int i) {
        return words.givenName(s.f(i)) && i + 1 < s.size() && nameWord(s, i + 1)
                && !words.dateWords.contains(stripPossessive(s.f(i + 1))) && !words.function.contains(s.f(i + 1));
    }

    /**
     * A given name inside a sentence, before another name word, whatever its tag: the tagger, which does not know
     * it, may read "Owen" of "head coach Owen Maddox" as a preposition.
     */
    private boolean givenNameInside(MarkedSentence s, int i) {
        return i > 0 && i + 1 < s.size() && words.givenName(s.f(i)) && nameWord(s, i + 1)
                && !words.function.contains(s.f(i + 1));
    }

    /** Whether token {@code k} is an organisation's word written in lower case ("journal", "newspaper"). */
    private boolean organisationWord(MarkedSentence s, int k) {
        return k >= 0 && k < s.size() && s.token(k).shape() == Token.Shape.LOWER
                && words.organisationWords.contains(s.f(k));
    }

    /**
     * Whether token {@code k} is an organisation's word in the plural, in lower case ("the religious schools X and
     * Y"): what follows names organisations, whatever its first word.
     */
    private boolean organisationsWord(MarkedSentence s, int k) {
        return plural(s, k, words.organisationWords);
    }

    /**
     * Whether a work's noun stands right before token {@code first}, an honorific and an opening quotation mark aside:
     * "la série "Mr Robot"".
     */
    private boolean workBefore(MarkedSentence s, int first) {
        int k = first - 1;
        if (k >= 1 && s.token(k).isWord() && words.honorifics.contains(s.f(k))) {
            k--;
        }
        if (k >= 1 && s.token(k).kind() == Token.Kind.PUNCT && "\"«“".contains(s.token(k).text())) {
            k--;
        }
        return k >= 0 && s.token(k).shape() == Token.Shape.LOWER && words.works.contains(s.f(k))
                && s.token(k).pos() == Pos.NOUN;
    }

    /** Whether token {@code k} is, in lower case, the plural (-s, -x) of a word of {@code singulars}. */
    private static boolean plural(MarkedSentence s, int k, Set<String> singulars) {
        return k >= 0 && k < s.size() && s.token(k).shape() == Token.Shape.LOWER && singulars.contains(singular(s.f(k)));
    }

    /** A folded word of four letters or more without its plural ending (-s, -x), else "". */
    private static String singular(String w) {
        int n = w.length();
        return n > 3 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'x') ? w.substring(0, n - 1) : "";
    }

    /**
     * Whether the run of tokens {@code [first, last]} comes right after a role noun in the plural and alone, no
     * comma or conjunction after it: "oil industry analysts Douglas-Westwood" is a firm ("the actors X and Y" are
     * persons, and so is a family: "les sœurs Williams").
     */
    private boolean afterAPluralRole(MarkedSentence s, int first, int last) {
        if (!plural(s, first - 1, words.roleNouns) || words.kin.contains(s.f(first - 1))) {
            return false; // "les sœurs Williams" are a family
        }
        int next = last + 1;
        return !(next < s.size() && (s.is(next, ",") || words.conjunctions.contains(s.f(next))));
    }

    /**
     * Whether word {@code k}, which the tagger could not read, is followed by a verb, an adverb before one aside: the
     * subject of a clause ("Marlow now plans", "Vaseur compte"), as a name would be.
     */
    private static boolean subjectOfAVerb(MarkedSentence s, int k) {
        int next = k + 1;
        if (next < s.size() && s.token(next).pos() == Pos.ADV) {
            next++;
        }
        return next < s.size() && s.token(next).pos().verbal();
    }

    /**
     * A full name that begins with a given name and has no word tagged as anything a name is not made of ("Dana
     * Hollis", not "Will Increase"), nor ends with an organisation's word ("Glasgow Rugby").
     */
    private boolean givenNameFirst(MarkedSentence s, List<Integer> run, List<String> parts) {
        if (parts.size() < 2 || !words.givenName(parts.get(0))
                || COMMON.contains(s.token(run.get(0)).pos())) {
            return false; // a given name used as a common word: "Heath", "Precious", "Will"
        }
        for (int k : run) {
            if (NOT_IN_NAMES.contains(s.token(k).pos()) && !words.particle(s.f(k)) && !s.is(k, ".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word holds a capital after four lower-case letters or more: two words glued where a line break was
     * lost ("VéranUn", "BusinessLa"), where a name's inner capital follows a short prefix ("McDonald", "DiCaprio",
     * "MacArthur").
     */
    static boolean glued(String word) {
        int lower = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) && lower >= 4) {
                return true;
            }
            lower = Character.isLowerCase(c) ? lower + 1 : 0;
        }
        return false;
    }

    /**
     * A capitalized word that may be part of a name: not a role, honorific, nationality or function word. A
     * particle joined by a hyphen to a capitalized part is one ("al-Jichi"); an honorific written out inside a
     * sentence is one too ("Madame Figaro", "Monsieur Poulpe": a title's or a stage name's first word).
     */
    private boolean nameWord(MarkedSentence s, int i) {
        Token t = s.token(i);
        if (!t.capitalized() && !particleJoined(s, i) || s.roleToken()[i]) {
            return false;
        }
        String bare = stripPossessive(s.f(i));
        if (words.honorifics.contains(bare) && !writtenOutHonorific(s, i) || words.isNationality(bare)
                || words.roleNouns.contains(bare) || words.roleNouns.contains(singular(bare))) {
            return false; // also a role noun's plural: "Analysts said"
        }
        if (glued(t.text())) {
            return false; // "VéranUn": a word glued to the next one where a line break was lost
        }
        // Words in capitals (acronyms, headlines) are not names, initials aside, nor an acronym's plural ("MPs"),
        // nor a short word of two capitals or more ("SpF", "PdG").
        return t.text().length() <= 1 || !capitals(t.text()) && !capitals(acronymSingular(t.text()))
                && !(t.text().length() <= 4 && t.text().chars().filter(Character::isUpperCase).count() >= 2);
    }

    /** "al-Jichi", "el-Sissi": a lower-case particle, a hyphen and a capitalized part, as one word. */
    private boolean particleJoined(MarkedSentence s, int i) {
        String text = s.token(i).text();
        int hyphen = text.indexOf('-');
        return hyphen > 0 && hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1))
                && words.particle(s.f(i).substring(0, hyphen));
    }

    /**
     * An honorific written out in full and capitalized inside a sentence, before a capitalized word ("accordée à
     * Madame Figaro"): news copy abbreviates a person's (M., Mme, Mr); written out, it begins a name.
     */
    private boolean writtenOutHonorific(MarkedSentence s, int i) {
        String text = s.token(i).text();
        return i > 0 && text.length() >= 5 && text.chars().allMatch(Character::isLetter) && i + 1 < s.size()
                && s.token(i + 1).capitalized() && !words.honorifics.contains(s.f(i + 1))
                && !s.is(i - 1, ".") && !s.is(i - 1, "«") && !s.is(i - 1, "\"");
    }

    private static boolean capitals(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
    }

    /** "MP" of "MPs": a word of two capitals or more and a final lower-case s, without the s; else "". */
    private static String acronymSingular(String text) {
        int n = text.length();
        return n >= 3 && text.charAt(n - 1) == 's' && Character.isUpperCase(text.charAt(n - 2))
                ? text.substring(0, n - 1) : "";
    }

    private static boolean initial(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    /** A folded word without its possessive ending: "hollis" of "hollis's". */
    private String stripPossessive(String folded) {
        return folded.substring(0, folded.length() - words.possessiveEnd(folded));
    }

    /**
     * The run without the not-person names it begins with ("Maison Blanche Karoline Leavitt"); empty when all of
     * it is one. A run of more than three name parts keeps its last two.
     */
    private List<Integer> trimRun(MarkedSentence s, List<Integer> idx) {
        List<Integer> run = new ArrayList<>(idx);
        boolean trimmed = true;
        while (trimmed && !run.isEmpty()) {
            trimmed = false;
            for (List<String> name : words.notPersons.getOrDefault(s.f(run.get(0)), List.of())) {
                if (name.size() <= run.size() && matchesRun(s, run, name)) {
                    run = new ArrayList<>(run.subList(name.size(), run.size()));
                    while (!run.isEmpty() && words.particle(s.f(run.get(0)))) {
                        run.remove(0);
                    }
                    trimmed = true;
                    break;
                }
            }
        }
        long parts = run.stream().filter(k -> !words.particle(s.f(k))).count();
        if (parts > 3) {
            run = new ArrayList<>(run.subList(run.size() - 2, run.size()));
        }
        return run;
    }

    private boolean matchesRun(MarkedSentence s, List<Integer> run, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!name.get(k).equals(stripPossessive(s.f(run.get(k))))) {
                return false;
            }
        }
        return true;
    }

    private NameCandidate candidate(MarkedSentence s, List<Integer> run, boolean possessive) {
        int first = run.get(0);
        int lastTok = run.get(run.size() - 1);
        // "Glasgow Rugby", "Sud Info", "Straits Times", "le Crédit Agricole": an organisation's or a title's name.
        if (words.organisationWords.contains(stripPossessive(s.f(lastTok))) || organisationWord(s, lastTok + 1)
                || organisationWord(s, first - 1) && !words.givenName(s.f(first))
                || organisationsWord(s, first - 1) || afterAPluralRole(s, first, lastTok)) {
            return null;
        }
        // "their Morris Minor", "sa Renault Clio": a thing owned; "the drama Vera Drake", "le film Amélie": a title
        if (first >= 1 && s.token(first - 1).shape() == Token.Shape.LOWER && words.owners.contains(s.f(first - 1))
                || workBefore(s, first)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int k : run) {
            if (words.particle(s.f(k)) || initial(s.token(k))) {
                continue;
            }
            String w = s.token(k).text();
            parts.add(stripPossessive(s.f(k)));
            written.add(w.substring(0, w.length() - words.possessiveEnd(s.f(k))));
        }
        if (parts.isEmpty() || words.isCountry(String.join(" ", written))) {
            return null; // "Sri Lanka", "Afghanistan's"
        }
        int start = s.token(first).start();
        int end = s.token(lastTok).end();
        int ending = words.possessiveEnd(s.f(lastTok));
        if (possessive && end - start > ending) {
            end -= ending;
        }
        Span span = Span.of(s.text(), start, end);
        boolean honorific = honorificBefore(s, first);
        Evidence evidence = honorific ? Evidence.HONORIFIC : null;
        List<RolePhrase> found = new ArrayList<>();
        RolePhrase before = roles.before(s, first);
        if (before != null) {
            found.add(before);
            evidence = evidence == null ? Evidence.ROLE : evidence;
        }
        // Nothing after a possessive speaks of the name: "Hollis's plan".
        int after = possessive ? s.size() : lastTok + 1;
        // A role phrase in apposition: ", secrétaire d'État américain,". After one word alone, only without an
        // article and not at the head of the sentence: "Lundi, le ministre a dit" is no apposition.
        // Unless the apposition is closed by a second comma after a proper noun that is no date word: "Basya, the
        // Secretary of State, also believes", "Warhol, director of the gallery, was close to".
        RolePhrase apposition = after < s.size() ? roles.apposition(s, after) : null;
        if (apposition != null && parts.size() == 1 && (first == 0
                || words.determiners.contains(s.f(after + 1)) || words.articles.contains(s.f(after + 1)))
                && !(closed(s, apposition) && PROPER.contains(s.token(first).pos())
                     && !words.dateWords.contains(s.f(first)))) {
            apposition = null;
        }
        // One word after an article is a thing, not a person: "l'Intérieur a précisé", "the Conservatives said".
        if (parts.size() == 1 && !honorific && first > 0 && words.articles.contains(s.f(first - 1))) {
            return null;
        }
        if (apposition == null && !possessive && after < s.size()) {
            apposition = roles.appointed(s, after); // "X was elected general secretary"
        }
        if (apposition != null) {
            found.add(apposition);
            evidence = evidence == null ? Evidence.APPOSITION : evidence;
        } else if (!possessive && after < s.size()) {
            // "X, who presided over the panel,": a role, but no sign of a person by itself ("Acme heads the list")
            RolePhrase byVerb = roles.byVerb(s, after);
            if (byVerb != null) {
                found.add(byVerb);
            }
        }
        if (evidence == null && (speechAfter(s, after) || !possessive && speechBefore(s, first))) {
            evidence = Evidence.SPEECH;
        }
        if (evidence == null && givenNameFirst(s, run, parts)) {
            evidence = Evidence.GIVEN_NAME;
        }
        // At the head of a sentence a capitalized word is a proper noun to the tagger whatever it is ("Born in
        // 1912, …", "« Faire de la politique »"): a single word there is read as a name only as one is used, the
        // subject of a verb or set in apposition.
        boolean head = run.size() == 1 && headOfSentence(s, first);
        boolean proper = run.stream().allMatch(k -> words.particle(s.f(k)) || s.is(k, ".")
                || (s.token(k).pos() == Pos.PROPN || s.token(k).pos() == Pos.NONE) && !head
                || (s.token(k).pos() == Pos.X || head) && (subjectOfAVerb(s, k) || apposed(s, k)))
                // a possessive at the head of a sentence, which a tagger reads as a common noun there ("Price's
                // decision")
                || possessive && first == 0 && run.size() == 1;
        return new NameCandidate(span, parts, written, evidence, honorific, found, s.index(), proper,
                !complementOfANoun(s, first) && !listed(s, first, lastTok));
    }

    /** Whether token {@code k} begins its sentence, punctuation (a quotation mark, a dash) aside. */
    private static boolean headOfSentence(MarkedSentence s, int k) {
        for (int i = 0; i < k; i++) {
            if (s.token(i).isWord() || s.token(i).kind() == Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma, then a word in lower case, follow token {@code k}: "Atwood, a prize-winner, was". */
    private static boolean apposed(MarkedSentence s, int k) {
        return k + 2 < s.size() && s.is(k + 1, ",") && s.token(k + 2).isWord() && !s.token(k + 2).capitalized();
    }

    /** Whether a genitive word after a noun in lower case stands before token {@code first}: "rue de Valois". */
    private boolean complementOfANoun(MarkedSentence s, int first) {
        int k = first - 1;
        while (k >= 0 && words.articles.contains(s.f(k))) {
            k--;
        }
        return k >= 1 && words.genitive.contains(s.f(k)) && s.token(k - 1).isWord() && !s.token(k - 1).capitalized();
    }

    /**
     * Whether the name words from {@code first} to {@code last} are an item of a list of capitalized words: between
     * two of them ("Haughton, Monye, Roques"), or before two ("Dowson, Haughton, Monye"). One name between commas is
     * an apposition or a clause's subject ("under Burton, Ed Wood starred", "According to ABC News, Basya said").
     */
    private static boolean listed(MarkedSentence s, int first, int last) {
        boolean before = first >= 2 && s.is(first - 1, ",") && s.token(first - 2).capitalized();
        int items = 0;
        int k = last + 1;
        while (k + 1 < s.size() && s.is(k, ",") && s.token(k + 1).capitalized()) {
            items++;
            k += 2;
            while (k < s.size() && s.token(k).capitalized()) {
                k++;
            }
        }
        return before && items >= 1 || items >= 2;
    }

    /** Whether a comma follows a role phrase, closing it as an apposition. */
    private static boolean closed(MarkedSentence s, RolePhrase r) {
        int k = s.tokenFrom(r.span().end());
        return k < s.size() && s.is(k, ",");
    }

    /** An honorific right before: "M. Dupont", "Mme de Kervella", "Mr Smith". */
    private boolean honorificBefore(MarkedSentence s, int first) {
        int p = first - 1;
        if (p >= 1 && words.particle(s.f(p))) {
            p--;
        }
        if (p >= 1 && s.is(p, ".")) {
            p--;
        }
        return p >= 0 && s.token(p).isWord() && words.honorifics.contains(s.f(p));
    }

    private boolean speechAfter(MarkedSentence s, int k) {
        int n = s.size();
        if (k >= n) {
            return false;
        }
        if (words.speech.contains(s.f(k))) {
            return true;
        }
        if (words.auxiliaries.contains(s.f(k))) {
            for (int m = k + 1; m < Math.min(n, k + 3); m++) {
                if (words.speech.contains(s.f(m))) {
                    return true;
                }
                if (s.token(m).kind() == Token.Kind.PUNCT) {
                    return false;
                }
            }
        }
        return false;
    }

    /** A speech verb or a source word right before: "a déclaré Dupont", "selon Dupont", "according to Smith". */
    private boolean speechBefore(MarkedSentence s, int first) {
        if (first >= 1 && words.speech.contains(s.f(first - 1))) {
            return true;
        }
        for (List<String> source : words.sources) {
            int from = first - source.size();
            if (from >= 0 && source.equals(Arrays.asList(s.folded()).subList(from, first))) {
                return true;
            }
        }
        return false;
    }

    private static Set<Pos> union(Set<Pos> a, Set<Pos> b) {
        EnumSet<Pos> out = EnumSet.copyOf(a);
        out.addAll(b);
        return out;
    }
}
