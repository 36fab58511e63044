package org.factcheck.core.analysis.terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.core.facts.Span;
import org.factcheck.core.facts.TermForm;
import org.factcheck.core.facts.TermOccurrence;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;

/**
 * Collects the terms whose spelling the SPELLING rules compare: capitalized words and pairs of capitalized words
 * (names, places, institutions), hyphenated compounds, and the joined writing of a hyphenated compound's letters
 * ({@code week-end}, {@code weekend}). Ordinary lower-case words are never
 * collected, so that words that differ only by an accent ({@code a}/{@code à}, {@code marche}/{@code marché})
 * are never compared.
 */
public final class TermExtractor {
    /** Occurrences and the forms they group into. */
    public record Result(List<TermOccurrence> occurrences, List<TermForm> forms) {
    }

    /** Punctuation after which a capital starts speech rather than marks a name. */
    private static final Set<String> OPENS_SPEECH = Set.of("«", "“", "\"", "'", "‘", ":", "—", "–", "(");

    private record Candidate(String key, String form, Span span, int words, boolean proper, boolean capitalized) {
    }

    /**
     * The language's function words, lower case: a sentence-initial capitalized word that is not one of them may
     * open a two-word name ({@code Jean Baptiste Wakolo a dit}).
     */
    private final Set<String> functionWords;

    public TermExtractor(Lexicon lexicon) {
        this.functionWords = lexicon.list("function-words");
    }

    /** The terms of a draft, from its tokens and their folded forms. */
    public Result extract(AnnotatedText annotated) {
        String text = annotated.text();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> compoundKeys = new HashSet<>();
        for (AnnotatedText.TextSentence sentence : annotated.sentences()) {
            List<Token> tokens = sentence.tokens();
            boolean seenWord = false;
            Token previous = null;
            boolean previousInitial = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.kind() == Token.Kind.PUNCT) {
                    previous = null;
                    continue;
                }
                // A capital is no sign of a name at the start of a sentence or of a quotation.
                boolean initial = !seenWord || i > 0 && OPENS_SPEECH.contains(tokens.get(i - 1).text());
                seenWord = true;
                if (t.isWord() && t.capitalized() && letterCount(t.text()) >= 2 && !t.text().endsWith("'")
                        && !TextFold.isApostrophe(t.text().charAt(t.text().length() - 1))) {
                    boolean proper = !initial || innerCapital(t.text());
                    candidates.add(new Candidate(letters(t), lower(t.text()),
                            Span.of(text, t.start(), t.end()), 1, proper, true));
                    if (previous != null && previous.capitalized() && !initial
                            && (!previousInitial || !functionWords.contains(previous.text().toLowerCase(Locale.ROOT)))
                            && t.start() == previous.end() + 1 && text.charAt(previous.end()) == ' ') {
                        Span pair = Span.of(text, previous.start(), t.end());
                        candidates.add(new Candidate(letters(previous) + letters(t), lower(pair.text()), pair, 2, true, true));
                    }
                } else if (t.isWord() && t.text().indexOf('-') > 0 && !t.capitalized()) {
                    String key = letters(t);
                    compoundKeys.add(key);
                    candidates.add(new Candidate(key, lower(t.text()), Span.of(text, t.start(), t.end()), 1, false, false));
                }
                previous = t.isWord() ? t : null;
                previousInitial = initial;
            }
        }
        if (!compoundKeys.isEmpty()) {
            addJoinedCompounds(annotated, compoundKeys, candidates);
        }
        return group(candidates);
    }

    /**
     * The lower-case words whose letters spell a hyphenated compound of the draft ({@code weekend} beside
     * {@code week-end}). Spaced writings are not compared: in English a compound is hyphenated before a noun and
     * spaced elsewhere ({@code long-distance calls}, {@code over a long distance}), and both are right.
     */
    private static void addJoinedCompounds(AnnotatedText annotated, Set<String> keys, List<Candidate> out) {
        String text = annotated.text();
        for (AnnotatedText.TextSentence sentence : annotated.sentences()) {
            for (Token t : sentence.tokens()) {
                if (t.isWord() && !t.capitalized() && t.text().indexOf('-') < 0) {
                    String key = letters(t);
                    if (keys.contains(key)) {
                        out.add(new Candidate(key, lower(t.text()), Span.of(text, t.start(), t.end()), 1, false, false));
                    }
                }
            }
        }
    }

    private static Result group(List<Candidate> candidates) {
        Map<String, Map<String, List<Candidate>>> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byKey.computeIfAbsent(c.key(), k -> new LinkedHashMap<>()).computeIfAbsent(c.form(), f -> new ArrayList<>()).add(c);
        }
        List<TermOccurrence> occurrences = new ArrayList<>();
        List<TermForm> forms = new ArrayList<>();
        for (Map<String, List<Candidate>> group : byKey.values()) {
            if (group.size() < 2) {
                continue; // one way of writing it: nothing to compare
            }
            for (List<Candidate> same : group.values()) {
                Candidate first = same.get(0);
                boolean proper = false;
                for (Candidate c : same) {
                    proper |= c.proper();
                    occurrences.add(new TermOccurrence(c.key(), c.form(), c.span()));
                }
                forms.add(new TermForm(first.key(), first.form(), first.span().text(), same.size(), first.span(),
                        first.words(), proper, first.capitalized(), TextFold.accents(first.form())));
            }
        }
        return new Result(occurrences, forms);
    }

    /**
     * The letters of a token's folded form ({@link TextFold#letters}, without folding again): what two spellings
     * of one term share.
     */
    private static String letters(Token t) {
        return TextFold.lettersOfFolded(t.folded());
    }

    private static boolean innerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String lower(String s) {
        return TextFold.whitespace(s).toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
