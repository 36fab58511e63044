package org.factcheck.core.analysis.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.Possessives;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;
import org.factcheck.core.text.Tokenizer;

/**
 * The word lists the person extractor reads, folded and indexed once per language when the rules load; immutable
 * once built, so one instance serves every draft. From {@code rules/<language>/}: {@code honorifics},
 * {@code role-nouns}, {@code roles}, {@code speech-verbs}, {@code nationalities}, {@code not-persons},
 * {@code former-words}, {@code function-words}, {@code elisions}, {@code person-words}, {@code role-words}; from the
 * rules root:
 * {@code name-particles}.
 */
final class PersonWords {
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
    /** Verbs that give a role (role-verbs): each form's words, folded, mapped to the stem of the role's nouns. */
    final Map<String, String> roleVerbs = new HashMap<>();
    /** The forms of role-verbs by their first word, longest first. */
    final Map<String, List<List<String>>> roleVerbPhrases = new HashMap<>();
    /** Not-person names as token lists, by first token. */
    final Map<String, List<List<String>>> notPersons = new HashMap<>();
    /** Last words of the not-person names ("blanche" of "Maison Blanche"). */
    final Set<String> institutionEnds = new HashSet<>();
    /**
     * Given names of every language, folded: a hint that a capitalized run is a person's name. The lexicon's own sets
     * (64,000 names, shared by every language), not a copy: a copy in each language's analyzer held 3.6 MB of heap.
     */
    private final Set<String> femaleNames;
    private final Set<String> maleNames;
    /** Months, weekdays and relative date words of one word ("yesterday", "hier"), folded: they begin no name. */
    final Set<String> dateWords = new HashSet<>();
    /** Country names in the language, folded. */
    private final Set<String> countries = new HashSet<>();
    /** Words that make the capitalized run they end an organisation's, a title's or a place's name, folded. */
    final Set<String> organisationWords = new HashSet<>();
    /** The groups of {@code person-words}: see that list's head comment. */
    final Set<String> auxiliaries;
    final Set<String> stops;
    final Set<String> conjunctions;
    final Set<String> articles;
    final Set<String> determiners;
    /** Possessive determiners: a capitalized run right after one is a thing owned ("their Morris Minor"). */
    final Set<String> owners;
    /** Nouns of works: a capitalized run right after one is a title ("the drama Vera Drake", "le film Amélie"). */
    final Set<String> works;
    /** Words that tie the role phrase after them to another role: "auprès du ministre", "adviser to the president". */
    final Set<String> attached;
    /** Words that tie a role phrase after them to the noun before them: "la fille du maire", "biographer of". */
    final Set<String> genitive;
    /** A relative pronoun and a copula that open a role in a relative clause: ", who is the club's goalkeeper,". */
    final Set<String> relative;
    final Set<String> copula;
    /** Beginnings of words that belong to a role phrase ("vice-président"). */
    final Set<String> rolePrefixes;
    /** Words (or beginnings of words) that make a role a deputy's: adjoint, vice-, assistant. */
    final Set<String> deputy;
    /** Nouns of a tie to someone else ("fils", "biographer"): a phrase headed by one gives no role. */
    final Set<String> relation;
    /** Words of a tie between people, the relation nouns and the kin words: "sœur", "brothers", "famille". */
    final Set<String> kin;
    /** Verbs and participles that give a person a new role: élue, appointed. */
    final Set<String> appointment;
    /** Heads of roles that many hold at once: ministre, judge; without gender endings. */
    final Set<String> many = new HashSet<>();
    /** Qualifiers that make a role one person's: général, chief, head; without gender endings. */
    final Set<String> sole = new HashSet<>();
    /** Determiners of one of several: un, a. */
    final Set<String> indefinite;
    /** Endings that are no part of a name ("'s" of "Hollis's"). */
    private final Possessives possessives;
    /** Phrases that put the speaker after them ("selon", "according to"), as folded tokens. */
    final List<List<String>> sources = new ArrayList<>();
    /** Phrases that set a sentence in another time ("à l'époque", "at the time"), as folded tokens, by first word. */
    final Map<String, List<List<String>>> timeShiftsByFirst = new HashMap<>();
    /** Prepositions that date what a sentence says to the year after them: "en 2002", "in 1968". */
    final Set<String> yearWords;

    /** Feminine and masculine endings of role words, longest feminine first: {"rice", "eur"}. */
    private final List<String[]> genderEndings = new ArrayList<>();
    /** Whether a role's head noun comes first in the language ("directeur général") or last ("general manager"). */
    final boolean headFirst;

    PersonWords(Lexicon lexicon) {
        headFirst = !"en".equals(lexicon.language());
        for (String pair : lexicon.forms("role-words", "gender-endings")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                genderEndings.add(new String[] {TextFold.fold(pair.substring(0, eq)), TextFold.fold(pair.substring(eq + 1))});
            }
        }
        genderEndings.sort((a, b) -> b[0].length() - a[0].length());
        Tokenizer tokenizer = new Tokenizer(lexicon);
        femaleNames = lexicon.folded("given-names-female");
        maleNames = lexicon.folded("given-names-male");
        organisationWords.addAll(lexicon.folded("organisation-words"));
        // Country names as the JDK writes them in the language ("Sri Lanka", "Corée du Sud"): no person's name.
        Locale in = Locale.forLanguageTag(lexicon.language());
        for (String code : Locale.getISOCountries()) {
            countries.add(TextFold.fold(new Locale("", code).getDisplayCountry(in)));
        }
        lexicon.list("honorifics").forEach(h -> honorifics.add(TextFold.fold(h.endsWith(".") ? h.substring(0, h.length() - 1) : h)));
        roleNouns.addAll(lexicon.folded("role-nouns"));
        speech.addAll(lexicon.folded("speech-verbs"));
        particles.addAll(lexicon.folded("name-particles"));
        function.addAll(lexicon.folded("function-words"));
        lexicon.list("elisions").forEach(w -> function.add(TextFold.fold(w) + "'")); // l', d', qu' as tokens have them
        former.addAll(lexicon.folded("former-words"));
        lexicon.heads("nationalities").forEach((w, head) -> nationality.put(TextFold.fold(w), head));
        for (Map.Entry<String, String> role : lexicon.heads("roles").entrySet()) {
            List<String> tokens = words(tokenizer, role.getKey());
            roles.put(String.join(" ", tokens), role.getValue());
            rolePhrases.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens);
        }
        rolePhrases.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        for (Map.Entry<String, String> verb : lexicon.heads("role-verbs").entrySet()) {
            List<String> tokens = words(tokenizer, verb.getKey());
            roleVerbs.put(String.join(" ", tokens), TextFold.fold(verb.getValue()));
            roleVerbPhrases.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens);
        }
        roleVerbPhrases.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        for (String name : lexicon.list("not-persons")) {
            List<String> tokens = words(tokenizer, name);
            notPersons.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens);
            institutionEnds.add(tokens.get(tokens.size() - 1));
        }
        auxiliaries = group(lexicon, "auxiliary");
        stops = group(lexicon, "stop");
        conjunctions = group(lexicon, "conjunction");
        articles = group(lexicon, "article");
        determiners = group(lexicon, "determiner");
        owners = group(lexicon, "owner");
        works = group(lexicon, "work");
        attached = group(lexicon, "attached");
        genitive = group(lexicon, "genitive");
        relative = group(lexicon, "relative");
        copula = group(lexicon, "copula");
        rolePrefixes = group(lexicon, "prefix");
        deputy = roleGroup(lexicon, "deputy-words");
        relation = roleGroup(lexicon, "relation-nouns");
        Set<String> tie = new HashSet<>(relation);
        tie.addAll(roleGroup(lexicon, "kin-words"));
        kin = Set.copyOf(tie);
        appointment = roleGroup(lexicon, "appointment-words");
        roleGroup(lexicon, "many-holders").forEach(w -> many.add(ungendered(w)));
        indefinite = roleGroup(lexicon, "indefinite-words");
        roleGroup(lexicon, "sole-qualifiers").forEach(w -> sole.add(ungendered(w)));
        possessives = new Possessives(lexicon);
        for (String list : List.of("months", "weekdays", "relative-dates")) {
            lexicon.list(list).forEach(w -> {
                String f = TextFold.fold(w);
                if (!f.contains(" ") && !f.contains(":") && !f.chars().allMatch(Character::isDigit)) {
                    dateWords.add(f.endsWith(".") ? f.substring(0, f.length() - 1) : f);
                }
            });
        }
        for (String source : group(lexicon, "source")) {
            sources.add(words(tokenizer, source));
        }
        for (String shift : lexicon.forms("person-words", "time-shift")) {
            List<String> w = words(tokenizer, shift);
            if (!w.isEmpty()) {
                timeShiftsByFirst.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(w);
            }
        }
        yearWords = group(lexicon, "year-word");
    }

    /** The forms of the {@code role-words} line headed {@code key}, folded. */
    private static Set<String> roleGroup(Lexicon lexicon, String key) {
        return lexicon.foldedForms("role-words", key);
    }

    /** The forms of the {@code person-words} line headed {@code key}, folded. */
    private static Set<String> group(Lexicon lexicon, String key) {
        return lexicon.foldedForms("person-words", key);
    }

    private static List<String> words(Tokenizer tokenizer, String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenizer.tokenize(phrase, 0, phrase.length())) {
            out.add(t.folded());
        }
        return out;
    }

    /** A name particle ("de", "von", "d'"). */
    boolean particle(String folded) {
        return particles.contains(folded.endsWith("'") ? folded.substring(0, folded.length() - 1) : folded);
    }

    /** The length of the possessive ending of a folded word ("hollis's"), 0 when it has none. */
    int possessiveEnd(String folded) {
        return possessives.endOf(folded);
    }

    /** Whether a folded word begins with a role prefix ("vice-président"). */
    boolean rolePrefixed(String folded) {
        for (String prefix : rolePrefixes) {
            if (folded.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word makes a role a deputy's: "adjoint", "vice-presidente", "assistant". */
    boolean deputyWord(String folded) {
        return withoutDeputy(folded) != folded;
    }

    /**
     * A folded role word without what makes it a deputy's: null for a deputy's word ("adjoint", "assistant"), the
     * rest for a prefixed one ("president" of "vice-president"), the word itself (the same instance) otherwise.
     */
    String withoutDeputy(String folded) {
        for (String d : deputy) {
            if (folded.equals(d) || folded.equals(ungendered(d))) {
                return null;
            }
            if (folded.startsWith(d + "-")) {
                return folded.substring(d.length() + 1);
            }
        }
        return folded;
    }

    /**
     * A folded role word without its gender ending, so that the feminine and masculine of one role compare equal
     * ("directrice" and "directeur", "avocate generale" and "avocat general", "spokeswoman" and "spokesman"). A
     * comparison key, never shown.
     */
    String ungendered(String folded) {
        for (String[] ending : genderEndings) {
            if (folded.endsWith(ending[0]) && folded.length() > ending[0].length() + 2) {
                return folded.substring(0, folded.length() - ending[0].length()) + ending[1];
            }
        }
        return folded;
    }

    /** Whether a phrase as written is a country's name ("Sri Lanka"). */
    boolean isCountry(String written) {
        return countries.contains(TextFold.fold(written));
    }

    boolean isNationality(String folded) {
        return nationality.containsKey(folded);
    }

    /** Whether {@code folded} (a word folded) is a listed given name, of either list. */
    boolean givenName(String folded) {
        return folded != null && (femaleNames.contains(folded) || maleNames.contains(folded));
    }
}
