package org.factcheck.core.analysis.quotes;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.Pos;
import org.factcheck.core.text.Tokenizer;

/**
 * The words of a language that attribute a quotation, folded and indexed once when the rules load, and the speech
 * verb phrases they make. Lists, from {@code rules/<language>/}: {@code speech-verbs}, {@code attribution-words}
 * (one key a line: see {@link Kind}) and {@code object-words}. Immutable: shared by every draft of the language.
 */
final class AttributionWords {
    /** The keys of the lines of {@code attribution-words} and {@code object-words}. */
    enum Kind {
        SOURCE, PRONOUN, STRESSED, GERUND, INVERTED, AUXILIARY, INFINITIVE, ADVERB, ARTICLE, STYLED, OPINION, EUPHONIC,
        AGENT, OBJECT, DEFINITE
    }

    private final Set<String> speech = new HashSet<>();
    private final Map<Kind, Phrases> kinds = new EnumMap<>(Kind.class);
    /** An inverted verb and its pronoun, as one token: "a-t-il", "dit-elle", "said-he" never. */
    private final Pattern inverted;

    AttributionWords(Lexicon lexicon) {
        Tokenizer tokenizer = new Tokenizer(lexicon);
        speech.addAll(lexicon.folded("speech-verbs"));
        for (Kind kind : Kind.values()) {
            kinds.put(kind, new Phrases());
        }
        for (String list : new String[] {"attribution-words", "object-words"}) {
            lexicon.heads(list).forEach((form, key) -> {
                Phrases p = kinds.get(Kind.valueOf(key.toUpperCase(Locale.ROOT)));
                p.add(tokenizer, form);
            });
        }
        String euphonic = kinds.get(Kind.EUPHONIC).singles().isEmpty() ? ""
                : "(?:" + Patterns.alternation(kinds.get(Kind.EUPHONIC).singles()) + ")-";
        inverted = Pattern.compile("^(\\p{L}+)-(?:" + euphonic + ")?(" + Patterns.alternation(
                kinds.get(Kind.PRONOUN).singles()) + ")$");
    }

    /** The number of tokens of the phrase of {@code kind} starting at token {@code k}, or 0. */
    int match(Kind kind, String[] f, int k) {
        return kinds.get(kind).match(f, k);
    }

    /** Whether token {@code k} is, alone, a word of {@code kind}. */
    boolean is(Kind kind, String[] f, int k) {
        return kinds.get(kind).match(f, k) == 1;
    }

    /** Whether the folded word is, alone, a word of {@code kind}. */
    boolean is(Kind kind, String word) {
        return kinds.get(kind).single(word);
    }

    /** A speech verb phrase starting at token {@code k}: auxiliary, adverbs, participle; an inverted form; a verb. */
    Verb verbAt(Window w, int k) {
        String[] f = w.f();
        if (k >= f.length) {
            return null;
        }
        Matcher inv = inverted.matcher(f[k]);
        if (inv.matches()) {
            String stem = inv.group(1);
            if (is(Kind.AUXILIARY, stem)) {
                // "a-t-il ajouté", and any participle: after a quotation, "a-t-il calculé" attributes it as well.
                int j = skipAdverbs(f, k + 1);
                return j < f.length && w.tokens().get(j).isWord() ? new Verb(k, j + 1, true, false) : null;
            }
            return speech.contains(stem) || is(Kind.INVERTED, stem) ? new Verb(k, k + 1, true, false) : null;
        }
        int aux = match(Kind.AUXILIARY, f, k);
        if (aux > 0) {
            // "a déclaré", "s'est réjoui" (an auxiliary of two tokens)
            int j = skipAdverbs(f, k + aux);
            return j < f.length && (speech.contains(f[j]) || is(Kind.INFINITIVE, f[j]))
                    ? new Verb(k, j + 1, false, false) : null;
        }
        if (speech.contains(f[k])) {
            return new Verb(k, k + 1, false, false);
        }
        int inv2 = match(Kind.INVERTED, f, k);
        if (inv2 > 0) {
            return new Verb(k, k + inv2, false, false, true);
        }
        int gerund = match(Kind.GERUND, f, k);
        return gerund > 0 ? new Verb(k, k + gerund, false, true) : null;
    }

    /**
     * The verb of an attribution right after a quotation: a speech verb of the lists, else what the tagger reads as
     * one there, whatever the verb ("« … », révèle le chanteur", "« … », développe-t-elle", "'…,' he will say"): in
     * that place a verb is the quotation's attribution. Never used before a quotation, where a verb is any verb.
     */
    Verb verbAfterQuote(Window w, int k) {
        Verb listed = verbAt(w, k);
        if (listed != null || k >= w.size()) {
            return listed;
        }
        Matcher inv = inverted.matcher(w.f()[k]);
        if (inv.matches() && inv.group(1).length() > 1) {
            return new Verb(k, k + 1, true, false); // an inverted form with its pronoun: any verb
        }
        if (w.tokens().get(k).pos() == Pos.VERB) {
            return passive(w, k + 1) ? null : new Verb(k, k + 1, false, false);
        }
        int aux = match(Kind.AUXILIARY, w.f(), k);
        if (aux > 0) {
            int j = skipAdverbs(w.f(), k + aux);
            if (j < w.size() && w.tokens().get(j).pos() == Pos.VERB && !passive(w, j + 1)) {
                return new Verb(k, j + 1, false, false);
            }
        }
        return null;
    }

    /**
     * Whether an agent follows at token {@code k} ("« L'un dans l'autre », réalisé par X", "directed by"): a verb that
     * is not a speech verb, with its agent, tells who made the thing quoted, not who said it.
     */
    private boolean passive(Window w, int k) {
        return k < w.size() && is(Kind.AGENT, w.f()[k]);
    }

    /**
     * A pronoun and a verb right after a quotation whose subject comes after them: a reflexive verb ("« … »,
     * s'enthousiasme Bernard Lacaze"), asked only once the pronoun was not the subject ("she said").
     */
    Verb reflexiveAfterQuote(Window w, int k) {
        return k + 2 < w.size() && w.tokens().get(k).pos() == Pos.PRON && w.tokens().get(k + 1).pos() == Pos.VERB
                && !w.punct(k + 2) ? new Verb(k, k + 2, false, false) : null;
    }

    /** The first token from {@code j} that is not an adverb. */
    int skipAdverbs(String[] f, int j) {
        int m;
        while ((m = match(Kind.ADVERB, f, j)) > 0) {
            j += m;
        }
        return j;
    }
}
