package org.factcheck.core.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.Amount;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.lang.PatternTemplates;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.Pos;
import org.factcheck.core.text.TextEnd;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;

/**
 * Finds the amounts of a draft: a number in digits, a multiplier and the noun it counts ("412 millions d'euros",
 * "265 000 tonnes", "1,200 people", "250,000 electric vehicles", "$2 billion"). The unit is the noun right after
 * the number (after one adjective in English: "electric vehicles"), or the currency sign before it; a word that
 * counts time, a month, a percent sign or a name is no unit, and a year ("2029 workers") is an amount only of a
 * unit of the list.
 *
 * <p>Word lists, from {@code rules/<language>/}: {@code amount-units} (units and their other names, currency signs
 * among them: "personnes | salariés | employés"), {@code amount-not-units} (nouns after a number that count no
 * thing: "ans", "years"), {@code multipliers} ("1000000 | millions"), {@code approximations}, {@code months}, and
 * in {@code figure-patterns} the link after a multiplier ("de", "d'") and the determiners that take an amount up
 * as already known ({@code @amount-determiner}: "les", "its"), the adjectives that count other things than an
 * earlier amount ({@code @amount-distinct}: "nouveaux", "new") and the conjunctions that add another thing to the
 * unit ({@code @amount-coordination}: "157 passagers et membres d'équipage"); from {@code rules/}:
 * {@code percent-signs}. A determiner after a verb sets a threshold ("atteindre les 40 degrés"), not a reminder. An
 * adjective that narrows the unit is part of its key ("lits occupés", "electric vehicles").
 */
public final class AmountExtractor {
    private static final String NUM = "(\\d{1,3}(?:[  \\u202f.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    private final GatedPattern amount;
    private final TextEnd.Phrases approximation;
    private final Map<String, String> units;
    private final Set<String> unitForms;
    private final Set<String> notUnits;
    private final Map<String, String> multipliers;
    private final Set<String> determiners;
    private final Set<String> distinct;
    private final Set<String> conjunctions;
    private final boolean headLast;
    private final char decimalMark;

    public AmountExtractor(Lexicon lexicon) {
        PatternTemplates patterns = new PatternTemplates(lexicon, "figure-patterns");
        decimalMark = FigureExtractor.decimalMark(patterns);
        units = new HashMap<>();
        lexicon.heads("amount-units").forEach((form, head) -> units.put(TextFold.fold(form), TextFold.fold(head)));
        unitForms = lexicon.folded("amount-units");
        notUnits = new HashSet<>(lexicon.folded("amount-not-units"));
        notUnits.addAll(lexicon.folded("months"));
        notUnits.addAll(lexicon.folded("percent-signs"));
        notUnits.addAll(lexicon.folded("percentage-points"));
        multipliers = lexicon.heads("multipliers");
        determiners = patterns.words("@amount-determiner");
        distinct = patterns.words("@amount-distinct");
        conjunctions = patterns.words("@amount-coordination");
        headLast = !patterns.forms("@amount-head-last").isEmpty();
        List<String> signs = lexicon.list("amount-units").stream()
                .filter(f -> f.codePoints().noneMatch(Character::isLetter)).toList();
        String word = "([\\p{L}][\\p{L}'’-]*)";
        amount = GatedPattern.compile("(?<![\\p{L}\\d.,])(?:(" + Patterns.alternation(signs) + ")\\s?)?" + NUM
                + "(?:\\s*(" + Patterns.alternation(multipliers.keySet()) + ")(?![\\p{L}]))?"
                + "(?:\\s*" + patterns.alternation("@amount-multiplier-link") + "(?:(?<=['’])|\\s+))?"
                + "(?:(?:(?<=['’\\s])|\\s+)" + word + "(?:\\s+" + word + ")?)?", Pattern.CASE_INSENSITIVE);
        approximation = FigureReader.approximationBefore(lexicon);
    }

    /** The amounts of a draft, in text order. */
    public List<Amount> extract(AnnotatedText annotated) {
        String text = annotated.text();
        List<Amount> out = new ArrayList<>();
        for (AnnotatedText.TextSentence s : annotated.sentences()) {
            String sentence = s.span().text();
            int base = s.span().start();
            Matcher m = amount.matcher(sentence);
            while (m.find()) {
                String sign = m.group(1);
                String multiplier = m.group(3);
                int unitEnd = m.end(2);
                String unit = null;
                boolean apart = false;
                if (sign != null) {
                    unit = unitKey(sign);
                    unitEnd = multiplier != null ? m.end(3) : m.end(2);
                } else if (m.group(4) != null) {
                    int[] at = unitWord(s, base, m);
                    if (at != null) {
                        unit = unitKey(sentence.substring(at[0], at[1])) + qualifier(s, base, m, at);
                        unitEnd = at[1];
                        apart = at[0] != m.start(4) && distinct.contains(m.group(4).toLowerCase(Locale.ROOT));
                    }
                }
                if (unit != null && (apart || sign == null && coordinated(s, base + unitEnd))) {
                    continue; // "79 nouveaux tests", "157 passagers et membres d'équipage": other things counted
                }
                if (unit == null || sign == null && multiplier == null && YEAR.matcher(m.group(2)).matches()
                        && !unitForms.contains(unit)) {
                    continue;
                }
                double value = FigureExtractor.digits(m.group(2), decimalMark) * (multiplier == null ? 1
                        : Double.parseDouble(multipliers.get(multiplier.toLowerCase(Locale.ROOT))));
                String before = sentence.substring(0, m.start());
                int lastEnd = TextEnd.end(before);
                int last = TextEnd.wordStart(before, lastEnd, false);
                boolean anaphoric = last < lastEnd && determiners.contains(
                        before.substring(last, lastEnd).toLowerCase(Locale.ROOT).replace('’', '\''))
                        && !verbBefore(s, base + last);
                boolean approximate = approximation.find(before) != null;
                out.add(new Amount(out.size(), Span.of(text, base + m.start(), base + unitEnd), value, unit,
                        anaphoric, approximate, s.index()));
            }
        }
        return out;
    }

    /**
     * Where the unit of amount {@code m} stands in its sentence: the first word after the number if it is a noun or
     * a unit of the list, else the second when the first is an adjective; in a language whose compounds end with
     * their head ({@code @amount-head-last}: "electric vehicles"), the second word too when both are nouns or
     * adjectives and it is a noun. Null when no word counts a thing.
     */
    private int[] unitWord(AnnotatedText.TextSentence s, int base, Matcher m) {
        int[] found = null;
        for (int g = 4; g <= 5 && m.group(g) != null; g++) {
            String folded = TextFold.fold(m.group(g));
            Token t = s.tokenAt(base + m.start(g));
            if (notUnits.contains(folded) || t == null || t.shape() != Token.Shape.LOWER) {
                return found;
            }
            if (unitForms.contains(folded) || t.pos() == Pos.NOUN) {
                found = new int[] {m.start(g), m.end(g)};
                if (!headLast) {
                    return found;
                }
            } else if (t.pos() != Pos.ADJ) {
                return found;
            }
        }
        return found;
    }

    /**
     * The adjective that narrows the unit at {@code at}, as " adjective" to add to its key, else "": the one right
     * after it in a language whose nouns come first ("35 lits occupés" are not the hospital's 36 beds), the one
     * before it in a language whose compounds end with their head ("250,000 electric vehicles").
     */
    private String qualifier(AnnotatedText.TextSentence s, int base, Matcher m, int[] at) {
        Token adjective;
        if (headLast) {
            adjective = at[0] != m.start(4) ? s.tokenAt(base + m.start(4)) : null;
        } else {
            int last = s.lastTokenBefore(base + at[1]);
            adjective = last >= 0 && last + 1 < s.tokens().size() ? s.tokens().get(last + 1) : null;
        }
        return adjective != null && adjective.pos() == Pos.ADJ && adjective.shape() == Token.Shape.LOWER
                ? " " + adjective.folded() : "";
    }

    /** The unit's key: its line's key in amount-units, else the folded word without a plural ending. */
    private String unitKey(String word) {
        String folded = TextFold.fold(word);
        String head = units.get(folded);
        if (head != null) {
            return head;
        }
        if (unitForms.contains(folded)) {
            return folded;
        }
        return folded.length() > 3 && folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
    }

    /** Whether a conjunction and a noun follow {@code at}: "157 passagers et membres d'équipage". */
    private boolean coordinated(AnnotatedText.TextSentence s, int at) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).start() >= at) {
                Token next = tokens.get(i + 1);
                return conjunctions.contains(tokens.get(i).folded())
                        && (next.pos() == Pos.NOUN || next.pos() == Pos.PROPN);
            }
        }
        return false;
    }

    /** Whether the word before {@code at} is a verb: "atteindre les 40 degrés" sets a threshold, not a reminder. */
    private static boolean verbBefore(AnnotatedText.TextSentence s, int at) {
        int before = s.lastTokenBefore(at);
        return before >= 0 && s.tokens().get(before).pos().verbal();
    }
}
