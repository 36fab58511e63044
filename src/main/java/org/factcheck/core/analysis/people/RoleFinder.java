package org.factcheck.core.analysis.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.factcheck.core.facts.CountryNamed;
import org.factcheck.core.facts.KinWord;
import org.factcheck.core.facts.Span;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.Pos;
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
            // (most words start none: no iterator made for them, which each word of each draft paid for)
            List<List<String>> phrases = words.rolePhrases.get(f[i]);
            for (int p = 0; phrases != null && p < phrases.size(); p++) {
                List<String> phrase = phrases.get(p);
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
     * The words of the sentence that speak of a tie between people ("sa sœur", "the brothers", "le couple"). Not a
     * capitalized word inside the sentence, which names something ("les Frères musulmans"), nor a relation noun used
     * as an adjective ("une source proche de l'enquête").
     */
    List<KinWord> kin(MarkedSentence s, int sentence) {
        List<KinWord> out = new ArrayList<>(0);
        for (int i = 0; i < s.size(); i++) {
            if (words.kin.contains(s.f(i)) && !(i > 0 && s.token(i).capitalized())
                    && !(s.token(i).pos() == Pos.ADJ && words.relation.contains(s.f(i)))) {
                out.add(new KinWord(s.span(i, i + 1), sentence));
            }
        }
        return out;
    }

    /**
     * The names of the sentence, where a name's role phrase without a country, right after another name with a
     * country's role and a conjunction, takes that country: "son homologue libanais Michel Aoun et le Premier
     * ministre Hassan Diab", "the French president X and the prime minister Y".
     */
    List<NameCandidate> coordinated(MarkedSentence s, List<NameCandidate> names) {
        List<NameCandidate> out = new ArrayList<>(names);
        for (int i = 1; i < out.size(); i++) {
            NameCandidate before = out.get(i - 1);
            NameCandidate c = out.get(i);
            String country = before.roles().stream().map(RolePhrase::nationality).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            if (country == null || c.roles().isEmpty() || c.roles().get(0).nationality() != null) {
                continue;
            }
            RolePhrase first = c.roles().get(0);
            int after = s.tokenFrom(c.span().end());
            boolean own = false;
            for (int j = after; j < Math.min(s.size(), after + 3); j++) {
                own |= words.isNationality(s.f(j)); // "… and Prime Minister Tomas Lind of Sweden"
            }
            int from = s.tokenFrom(first.span().start());
            for (int j = from; j < s.size() && s.token(j).end() <= first.span().end(); j++) {
                // "… and Venezuelan President Hugo Chavez": a word of its own before the role may be its country
                own |= !s.roleToken()[j] && !words.determiners.contains(s.f(j)) && !words.function.contains(s.f(j));
            }
            if (own) {
                continue;
            }
            // the role right after the conjunction, or after its determiner: "… et (le) Premier ministre Y"
            int k = s.tokenFrom(before.span().end());
            if (k < s.size() && words.conjunctions.contains(s.f(k))
                    && (from == k + 1 || from == k + 2 && words.determiners.contains(s.f(k + 1)))) {
                List<RolePhrase> roles = new ArrayList<>(c.roles());
                roles.set(0, first.of(country));
                out.set(i, c.withRoles(roles));
            }
        }
        return out;
    }

    /**
     * The words of the sentence that name a country ("Germany", "Berlin", "libanais"); a short one only in capitals
     * (US, not us).
     */
    List<CountryNamed> countries(MarkedSentence s, int sentence) {
        List<CountryNamed> out = new ArrayList<>(0);
        for (int i = 0; i < s.size(); i++) {
            String country = words.nationality.get(s.f(i));
            Token t = s.token(i);
            if (country != null && (t.text().length() > 3 || t.text().chars().noneMatch(Character::isLowerCase))) {
                out.add(new CountryNamed(s.span(i, i + 1), country, sentence));
            }
        }
        return out;
    }

    /**
     * Whether the sentence is set in another time than the draft's: a phrase of the {@code time-shift} list ("à
     * l'époque", "at the time"; one word only where neither a function word nor a comma or stop follows it: "alors
     * que", "Alors," are no time), or a year after a {@code year-word} ("en 2002") two or more before
     * {@code newestYear}, the newest the draft names.
     */
    boolean dated(MarkedSentence s, int newestYear) {
        int n = s.size();
        List<String> folded = Arrays.asList(s.folded());
        for (int i = 0; i < n; i++) {
            List<List<String>> shifts = words.timeShiftsByFirst.get(folded.get(i));
            for (int k = 0; shifts != null && k < shifts.size(); k++) {
                List<String> shift = shifts.get(k);
                int end = i + shift.size();
                if (end <= n && shift.equals(folded.subList(i, end)) && (shift.size() > 1 || end < n
                        && ",;:.!?".indexOf(s.token(end).text().charAt(0)) < 0 && !words.function.contains(s.f(end)))) {
                    return true;
                }
            }
            if (i + 1 < n && words.yearWords.contains(s.f(i)) && year(s.token(i + 1)) > 0
                    && year(s.token(i + 1)) <= newestYear - 2) {
                return true;
            }
        }
        return false;
    }

    /** The year a token writes (four digits, 1800 to 2199), or 0. */
    static int year(Token t) {
        String w = t.text();
        if (t.kind() != Token.Kind.NUMBER || w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int y = Integer.parseInt(w);
        return y >= 1800 && y < 2200 ? y : 0;
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
        boolean comma = false;
        if (k >= 1 && s.is(k, ",") && (!s.token(k - 1).capitalized()
                || words.institutionEnds.contains(s.f(k - 1)) || complement(s, k - 1))) {
            k--;
            comma = true;
        }
        int end = k + 1;
        int limit = Math.max(0, first - 14);
        while (k >= limit) {
            Token t = s.token(k);
            String w = s.f(k);
            if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.NUMBER && !comma) {
                break;
            }
            if (words.conjunctions.contains(w)) {
                if (earliest == k + 1) {
                    k--;
                    continue; // "conseiller d'État et ministre des Affaires étrangères"
                }
                if (earliest < 0 && k + 1 < end && (words.function.contains(s.f(k + 1))
                        || words.determiners.contains(s.f(k + 1)) || words.articles.contains(s.f(k + 1)))) {
                    k--;
                    continue; // inside the complement: "ministre de l'Action et des Comptes publics"
                }
                break;
            }
            if (words.stops.contains(w) || words.speech.contains(w) || words.honorifics.contains(w)
                    || !nounPhraseWord(s, k) || nameAt(s, k, first)) {
                break;
            }
            if (s.roleToken()[k]) {
                earliest = k;
            }
            if (earliest >= 0 && k > 0 && t.capitalized() && words.determiners.contains(w)
                    && s.token(k - 1).kind() != Token.Kind.PUNCT) {
                // a capitalized article inside a sentence opens the phrase: what stands before it belongs to
                // something else, a title glued to the text ("…des Affaires étrangères Le président de la
                // République")
                k--;
                break;
            }
            k--;
        }
        if (earliest < 0 || !comma && end > 0 && (words.function.contains(s.f(end - 1)) || words.particle(s.f(end - 1))
                || words.isNationality(s.f(end - 1)) && s.token(end - 1).capitalized()
                || words.possessiveEnd(s.f(end - 1)) > 0 || institutionBefore(s, end))) {
            // "ministre des Affaires", "secretary of State", "directeur de France Bleu", "general secretary of
            // Britain's Rail…": an institution's name
            return null;
        }
        // The phrase takes in the words that qualify its head before it: nationality and "former" words ("US
        // Treasury Secretary"), adjectives and nouns ("Assistant coach", "presiding judge", "Chief Financial").
        while (earliest > k + 1 && qualifierBefore(s, earliest - 1)) {
            earliest--;
        }
        if (earliest > k + 1 && words.possessiveEnd(s.f(earliest - 1)) > 0 && s.token(earliest - 1).isWord()
                && !s.token(earliest - 1).capitalized() && !s.roleToken()[earliest - 1]) {
            earliest--; // "the bank's general counsel, X": the owner is the role's scope
        }
        if (complementOfAnother(s, earliest)) {
            return null; // "the biographer of the prime minister, X": the role is another person's
        }
        return phrase(s, stacked(s, earliest, end), end);
    }

    /**
     * Where the title nearest the name begins when two stand one after the other before it, in a language that puts
     * a role's head last: a common noun or a role noun in lower case, then a nationality or a capitalized role word
     * ("Facebook creator US President X", "immigration barrister Prime Minister X"). The name holds the nearer title.
     */
    private int stacked(MarkedSentence s, int from, int end) {
        if (words.headFirst) {
            return from;
        }
        for (int j = end - 2; j >= from; j--) {
            Token t = s.token(j);
            if (t.isWord() && !t.capitalized() && (t.pos() == Pos.NOUN || s.roleToken()[j])
                    && !words.function.contains(s.f(j)) && !words.former.contains(s.f(j))
                    && !words.deputyWord(s.f(j)) && !oneListedRole(s, from, j)
                    && (words.isNationality(s.f(j + 1))
                        || (s.roleToken()[j + 1] || s.keyAt()[j + 1] != null) && s.token(j + 1).capitalized())) {
                return j + 1;
            }
        }
        return from;
    }

    /** Whether tokens {@code j} and {@code j + 1} are words of one listed role ("secretary of State"). */
    private static boolean oneListedRole(MarkedSentence s, int from, int j) {
        for (int i = from; i <= j; i++) {
            if (s.keyAt()[i] != null && s.endAt()[i] > j + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a person's name stands at token {@code k}: a given name then a capitalized word, before {@code limit}
     * ("…, président de l'Assemblée Claude Bartolone": the role is Claude Bartolone's, not the name's before it).
     */
    private boolean nameAt(MarkedSentence s, int k, int limit) {
        return k + 1 < limit && s.token(k).capitalized() && words.givenName(s.f(k))
                && s.token(k + 1).capitalized() && !s.roleToken()[k + 1] && !s.roleToken()[k]
                && !words.function.contains(s.f(k + 1)) && !words.organisationWords.contains(s.f(k + 1))
                && (k == 0 || !words.function.contains(s.f(k - 1)) && !words.particle(s.f(k - 1)));
    }

    /**
     * Whether an organisation's word stands right before the name at {@code end}, or one word before it: the name
     * goes on the organisation's ("secrétaire général de la Maison Yves Laurent", "l'hôpital parisien Necker").
     */
    private boolean institutionBefore(MarkedSentence s, int end) {
        return end >= 1 && words.organisationWords.contains(s.f(end - 1))
                || end >= 2 && words.organisationWords.contains(s.f(end - 2)) && !s.roleToken()[end - 1]
                && s.token(end - 1).isWord() && !s.token(end - 1).capitalized();
    }

    /** Whether a date word stands at token {@code k}, or right after it: "on Tuesday", "en mars" end a role. */
    private boolean dateAhead(MarkedSentence s, int k) {
        return words.dateWords.contains(s.f(k)) || k + 1 < s.size() && words.dateWords.contains(s.f(k + 1))
                && (s.token(k).pos() == Pos.ADP || words.function.contains(s.f(k)));
    }

    /** Whether token {@code k} may stand inside a noun phrase read back from a name. */
    private boolean nounPhraseWord(MarkedSentence s, int k) {
        Token t = s.token(k);
        String w = s.f(k);
        if (s.roleToken()[k] || words.isNationality(w) || words.function.contains(w) || words.particle(w)
                || words.former.contains(w) || t.capitalized() || words.rolePrefixed(w)) {
            return true;
        }
        return switch (t.pos()) {
            case NOUN, ADJ, PROPN, DET, ADP, NUM, X -> true;
            // a participle that opens a complement ("chargée de la formation") or qualifies a role ("presiding
            // judge"); no other verb belongs to the phrase
            case VERB -> k + 1 < s.size() && (s.token(k + 1).pos() == Pos.ADP || s.roleToken()[k + 1])
                    && (w.endsWith("e") || w.endsWith("es") || w.endsWith("ing"));
            // no tagger for the language: the word lists alone, as they were
            case NONE -> k > 0 && (s.roleToken()[k - 1] || s.token(k - 1).capitalized());
            default -> false;
        };
    }

    /** Whether token {@code k}, right before a role phrase's first word, qualifies it. */
    private boolean qualifierBefore(MarkedSentence s, int k) {
        String w = s.f(k);
        if (words.isNationality(w) || words.former.contains(w)
                || words.deputyWord(w) && k + 1 < s.size() && s.roleToken()[k + 1]) {
            return true; // a deputy word right before a role word: "vice president", not "results under chairman X"
        }
        if (words.function.contains(w) || words.determiners.contains(w) || words.possessiveEnd(w) > 0
                || words.relation.contains(w)) {
            return false;
        }
        Pos pos = s.token(k).pos();
        return !words.headFirst && (pos == Pos.ADJ || pos == Pos.NOUN || pos == Pos.PROPN || pos == Pos.X
                || s.token(k).capitalized() || pos == Pos.VERB && w.endsWith("ing"));
    }

    /**
     * Whether the role phrase starting at {@code from} is the complement of a noun before it ("biographer of the
     * prime minister", "la fille du maire") or tied to another role ("secrétaire d'État auprès du ministre"): it
     * names another person's role, not the name's.
     */
    private boolean complementOfAnother(MarkedSentence s, int from) {
        int k = from - 1;
        while (k >= 0 && (words.determiners.contains(s.f(k)) || words.articles.contains(s.f(k))
                || words.former.contains(s.f(k)) || s.token(k).pos() == Pos.ADJ && !s.roleToken()[k])) {
            k--; // "biographe de l'actuel Premier ministre"
        }
        if (k >= 1 && words.function.contains(s.f(k)) && words.attached.contains(s.f(k - 1))) {
            k--; // "auprès de la ministre"
        }
        if (k >= 0 && words.attached.contains(s.f(k))) {
            // "secrétaire d'État auprès du ministre", "adviser to the prime minister": another's role, once a role
            // noun stands before the word (or the word ties on its own: auprès)
            return k >= 1 && s.roleToken()[k - 1] || !words.function.contains(s.f(k));
        }
        // A genitive word between them ("of", "du"); another preposition ("results under chairman X") ties nothing.
        if (k < 1 || !words.genitive.contains(s.f(k)) || s.token(k).pos() != Pos.ADP && s.token(k).pos() != Pos.NONE
                && s.token(k).pos() != Pos.DET) {
            return false;
        }
        Token noun = s.token(k - 1);
        return noun.kind() == Token.Kind.WORD && !s.roleToken()[k - 1]
                && (noun.pos() == Pos.NOUN || words.relation.contains(s.f(k - 1)));
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
        boolean change = false;
        if (k + 1 < n && words.relative.contains(s.f(k)) && words.copula.contains(s.f(k + 1))) {
            k += 2; // a relative clause: "…, who is the club's goalkeeper,", "…, qui est directrice de l'école,"
        }
        if (k < n && words.appointment.contains(s.f(k))) {
            change = true; // "…, élue présidente de la région en 2021,"
            k++;
        }
        RolePhrase r = following(s, k, 4);
        if (r != null && !change && beforeNextName(s, r.span().end())) {
            return null; // "Manuel Valls, la ministre du Travail, Myriam El Khomri et …": the next name's role
        }
        if (r != null && !change && words.determiners.contains(s.f(k)) && beforeVerb(s, r.span().end())) {
            // "Accompagné de …, Noël X, le chef de l'État a déjeuné", "… signed by John Smith, the chairman said":
            // a role phrase with its article that a verb follows with no comma is the clause's subject
            return null;
        }
        return r != null && change ? r.asChange() : r;
    }

    /**
     * Whether token {@code k}, after the role noun at {@code head}, is the verb of a clause rather than a participle
     * of the role ("the prime minister toured the stand", not "ministre chargé des Transports", "délégué,"): a
     * lower-case verb followed by neither a preposition nor punctuation.
     */
    private static boolean clauseVerb(MarkedSentence s, int head, int k) {
        return k > head && k + 1 < s.size() && s.token(k).pos() == Pos.VERB && !s.token(k).capitalized()
                && s.token(k + 1).pos() != Pos.ADP && s.token(k + 1).kind() != Token.Kind.PUNCT;
    }

    /** Whether a verb (or an auxiliary) comes right after offset {@code end}. */
    private boolean beforeVerb(MarkedSentence s, int end) {
        int k = s.tokenFrom(end);
        return k < s.size() && (s.token(k).pos() == Pos.VERB || s.token(k).pos() == Pos.AUX
                || words.speech.contains(s.f(k)));
    }

    /** Whether a comma, then a given name and a surname, come right after offset {@code end}: a list's next name. */
    private boolean beforeNextName(MarkedSentence s, int end) {
        int n = s.size();
        int k = s.tokenFrom(end);
        return k + 1 < n && s.is(k, ",") && nameAt(s, k + 1, n);
    }

    /**
     * The role a name is given by a verb of appointment right after it: "X was elected general secretary", "X a été
     * nommée directrice générale", "X became chief executive in 2019". The person's role from then on.
     */
    RolePhrase appointed(MarkedSentence s, int after) {
        int n = s.size();
        int k = after;
        while (k < n && k < after + 3 && (s.token(k).pos() == Pos.AUX || words.auxiliaries.contains(s.f(k))
                || s.token(k).pos() == Pos.ADV)) {
            k++;
        }
        if (k >= n || k == after && s.token(k).pos() != Pos.VERB || !words.appointment.contains(s.f(k))) {
            return null;
        }
        k++;
        if (k < n && s.token(k).pos() == Pos.ADP && !words.determiners.contains(s.f(k))) {
            k++; // "appointed as", "promoted to", "nommé comme"
        }
        RolePhrase r = following(s, k, 3);
        return r == null ? null : r.asChange();
    }

    /**
     * The role a verb gives the name, right after it or in a relative clause after its comma: "X chairs the
     * committee", "…, who presided over the panel,", "…, qui dirige le service de cardiologie". Its title is the
     * stem of the role's nouns (role-verbs), its scope the verb's object; null without an object.
     */
    RolePhrase byVerb(MarkedSentence s, int after) {
        int n = s.size();
        int k = after;
        if (k + 1 < n && s.is(k, ",") && words.relative.contains(s.f(k + 1))) {
            k += 2;
        }
        int verbAt = k;
        while (k < n && k < verbAt + 2 && (s.token(k).pos() == Pos.AUX || words.auxiliaries.contains(s.f(k))
                || s.token(k).pos() == Pos.ADV && !s.roleToken()[k])) {
            k++; // "X has chaired", "…, who also heads", "…, qui a dirigé"
        }
        String stem = null;
        int end = k;
        List<List<String>> forms = k < n ? words.roleVerbPhrases.getOrDefault(s.f(k), List.of()) : List.of();
        for (List<String> form : forms) {
            end = match(s.folded(), k, form);
            if (end > 0) {
                stem = words.roleVerbs.get(String.join(" ", form));
                break;
            }
        }
        if (stem == null || s.token(k).pos() == Pos.NOUN && verbAt == after) {
            return null; // "Smith heads" read as a noun: no verb
        }
        List<String> scope = new ArrayList<>();
        int j = end;
        while (j < n && j < end + 10 && s.token(j).kind() != Token.Kind.PUNCT && !words.speech.contains(s.f(j))
                && !dateAhead(s, j) && !words.relative.contains(s.f(j)) && !words.conjunctions.contains(s.f(j))
                && !(s.token(j).pos() == Pos.VERB || s.token(j).pos() == Pos.AUX)
                && !(!scope.isEmpty() && (words.stops.contains(s.f(j))
                     || s.token(j).pos() == Pos.ADP && !words.genitive.contains(s.f(j))))) {
            // the object up to a clause, a date or a preposition that is not a genitive: "the court of appeals",
            // not "l'hôpital depuis 2021"
            String w = scopeWord(s, j);
            if (w != null) {
                scope.add(w);
            }
            j++;
        }
        if (scope.isEmpty()) {
            return null;
        }
        return RolePhrase.byVerb(s.span(k, j), stem, String.join(" ", scope));
    }

    /**
     * The role phrase that starts at token {@code k}, after at most {@code skip} determiners, nationality and
     * "former" words, up to punctuation, a stop word or a speech verb; null when no role noun opens it, or when a
     * name follows its role noun: "…, head coach Gareth Pryce said" gives that name its role.
     */
    private RolePhrase following(MarkedSentence s, int k, int skip) {
        int n = s.size();
        int from = k;
        while (k < n && k < from + skip && (words.determiners.contains(s.f(k)) || words.isNationality(s.f(k))
                || words.former.contains(s.f(k)))) {
            k++;
        }
        int owner = -1;
        if (k + 1 < n && words.possessiveEnd(s.f(k)) > 0 && s.token(k).isWord() && !s.roleToken()[k]) {
            owner = k++; // "…, the club's goalkeeper,": the owner is the role's scope
        }
        int head = k;
        while (head < n && head < k + 2 && !s.roleToken()[head] && s.token(head).pos() == Pos.ADJ
                && !s.token(head).capitalized()) {
            head++; // "…, legal counsel for the firm,", "…, longtime spokeswoman of the club"
        }
        if (head >= n || !s.roleToken()[head]) {
            return null;
        }
        int start = owner >= 0 ? owner : k;
        int end = head;
        while (end < n && s.token(end).kind() != Token.Kind.PUNCT
                && !(words.stops.contains(s.f(end)) && !s.token(end).capitalized())
                && !words.speech.contains(s.f(end)) && !dateAhead(s, end) && !clauseVerb(s, head, end)
                && end < start + 12) {
            if (end > start && s.roleToken()[end - 1] && !s.roleToken()[end] && s.token(end).capitalized()
                    && s.token(end).pos() == Pos.PROPN || end > start && nameAt(s, end, n)) {
                return null;
            }
            end++;
        }
        if (end == start) {
            return null;
        }
        RolePhrase r = phrase(s, start, end);
        for (int d = from; d < start; d++) {
            if (words.indefinite.contains(s.f(d))) {
                return r.oneOfSeveral(); // "…, a spokesman for the ministry,"
            }
        }
        return r;
    }

    /** The role phrase of tokens {@code [from, to)}: its listed roles, nationality, role nouns and title. */
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
            } else if (words.isNationality(w) && !inAName(s, k)) {
                nationality = nationality == null ? words.nationality.get(w) : nationality;
            } else if (words.former.contains(w)) {
                former = true;
            } else if (!part.isEmpty() || !words.determiners.contains(w)) {
                // a capitalized word of a tie inside the sentence names a body, no relative ("un Frère musulman")
                if (words.roleNouns.contains(w) && !(k > 0 && s.token(k).capitalized() && words.kin.contains(w))) {
                    nouns.add(w);
                }
                part.add(w);
            }
        }
        if (former) {
            keys.clear();
        }
        Span span = s.span(from, to);
        Title t = former ? null : title(s, from, to);
        if (t == null && nouns.stream().anyMatch(words.relation::contains)) {
            return new RolePhrase(span, keys, nationality, nouns).asTie();
        }
        return t == null ? new RolePhrase(span, keys, nationality, nouns)
                : new RolePhrase(span, keys, nationality, nouns, t.title, t.head, t.base, t.scope, t.shared, t.single,
                        false, false, false);
    }

    /**
     * Whether the country word at {@code k} ends a capitalized name after a preposition ("Routes de France", "Banque de
     * France"): an organisation's name, which gives the role no country.
     */
    private boolean inAName(MarkedSentence s, int k) {
        return k >= 2 && s.token(k).capitalized() && (words.function.contains(s.f(k - 1)) || words.particle(s.f(k - 1)))
                && s.token(k - 2).capitalized() && !s.roleToken()[k - 2] && !words.isNationality(s.f(k - 2));
    }

    /** Whether a role word in lower case follows token {@code k} among the capitalized words up to {@code to}. */
    private static boolean lowerRoleAhead(MarkedSentence s, int k, int to) {
        for (int j = k + 1; j < to; j++) {
            if (s.roleToken()[j] && !s.token(j).capitalized()) {
                return true;
            }
            if (!s.token(j).capitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the role phrase of tokens {@code [from, to)} is held towards a person: its complement or its
     * possessive is a name that begins with a given name ("avocat d'Yvan Martin", "Dana Holt's lawyer").
     */
    private boolean personal(MarkedSentence s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            boolean opens = words.function.contains(s.f(k)) || words.particle(s.f(k));
            // right after the role word: "l'avocat de Paul Dupont"; "le directeur de campagne d'Anne Roy" is the one
            // director of her campaign
            if (opens && k > from && s.roleToken()[k - 1]
                    && s.token(k + 1).capitalized() && words.givenName(s.f(k + 1))
                    && k + 2 < s.size() && s.token(k + 2).capitalized()) {
                return true;
            }
            if (s.token(k).capitalized() && words.givenName(s.f(k)) && k + 1 < to
                    && words.possessiveEnd(s.f(k + 1)) > 0 && s.token(k + 1).capitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token {@code k} as a word of a scope, folded and without its possessive ending ("bank" of "bank's"); null for
     * punctuation and the small words (articles, determiners, function words, name particles).
     */
    private String scopeWord(MarkedSentence s, int k) {
        String w = s.f(k);
        if (!s.token(k).isWord() || words.function.contains(w) || words.determiners.contains(w)
                || words.articles.contains(w) || words.particle(w)) {
            return null;
        }
        return words.possessiveEnd(w) > 0 ? w.substring(0, w.length() - words.possessiveEnd(w)) : w;
    }

    private record Title(String title, String head, String base, String scope, boolean shared, boolean single) {
    }

    /**
     * The title of the role phrase of tokens {@code [from, to)}: the words of the role itself, up to the first
     * preposition, participle or punctuation ("directrice générale" of "la directrice générale du CHU"), without
     * articles and nationality words, each without its gender ending; the scope is the rest ("chu"), or in English
     * the possessive before it ("bank" of "the bank's general counsel"). Null when the phrase has no role noun, or
     * its role noun tells a tie to someone else ("la sœur de la victime").
     */
    private Title title(MarkedSentence s, int from, int to) {
        boolean single = true;
        int k = from;
        List<String> title = new ArrayList<>();
        List<String> scope = new ArrayList<>();
        boolean roleNoun = false;
        for (int j = from; j < to; j++) {
            if (words.isNationality(s.f(j))) {
                scope.add(words.nationality.get(s.f(j)).toLowerCase(java.util.Locale.ROOT)); // "Ireland coach": where
            }
        }
        for (; k < to; k++) {
            String w = s.f(k);
            Token t = s.token(k);
            if (words.indefinite.contains(w) && title.isEmpty()) {
                single = false;
            } else if (words.possessiveEnd(w) > 0) {
                // "the bank's general counsel": what comes before the possessive is where the role is held
                scope.addAll(title);
                scope.add(w.substring(0, w.length() - words.possessiveEnd(w)));
                title.clear();
            } else if (t.kind() == Token.Kind.PUNCT || words.conjunctions.contains(w)
                    || !title.isEmpty() && (words.function.contains(w) || t.pos() == Pos.ADP || t.pos() == Pos.VERB)) {
                break;
            } else if (!words.determiners.contains(w) && !words.articles.contains(w) && !words.isNationality(w)
                    && !words.function.contains(w)) {
                if (words.relation.contains(w)) {
                    return null;
                }
                if (!words.headFirst && t.capitalized() && !s.roleToken()[k] && !words.deputyWord(w)
                        && !words.sole.contains(w) && lowerRoleAhead(s, k, to)) {
                    scope.add(w); // "Portsmouth chairman", "Student Association president": where, not what
                    continue;
                }
                roleNoun |= s.roleToken()[k];
                title.add(words.ungendered(w));
            }
        }
        for (; k < to; k++) {
            String w = words.isNationality(s.f(k)) ? null : scopeWord(s, k);
            if (w != null) {
                scope.add(w);
            }
        }
        if (!roleNoun || title.isEmpty()) {
            return null;
        }
        if (personal(s, from, to)) {
            single = false; // "l'avocat de Paul Dupont", "Smith's lawyer": a person has several
        }
        List<String> base = new ArrayList<>();
        for (String w : title) {
            String undeputied = words.withoutDeputy(w);
            if (undeputied != null) {
                base.add(undeputied);
            }
        }
        if (base.isEmpty()) {
            base.addAll(title); // "l'adjoint", "the deputy": the deputy of someone the phrase does not name
        }
        String head = base.get(words.headFirst ? 0 : base.size() - 1);
        String titleHead = title.get(words.headFirst ? 0 : title.size() - 1);
        return new Title(String.join(" ", title), titleHead, String.join(" ", base),
                scope.isEmpty() ? null : String.join(" ", scope),
                base.stream().allMatch(words.sole::contains)
                        || words.many.contains(head) && base.stream().noneMatch(words.sole::contains), single);
    }
}
