package org.factcheck.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.core.facts.Sentence;

/**
 * The draft's sentences by index and by paragraph, which the rules see as the global {@value RuleSet#SENTENCES_GLOBAL}:
 * a rule reaches the sentence a mention or a quotation names with {@code Sentence(...) from sentences.at($m.sentence)}
 * rather than by joining every {@link Sentence} fact. A join keeps each of the draft's sentences in the memory of each
 * rule that joins them (a long draft's thousands of sentences, once for each such rule), where the sentences a rule
 * asks for are a few.
 */
public final class Sentences {
    private static final Sentences NONE = new Sentences(List.of());

    private final Map<Integer, Sentence> byIndex = new HashMap<>();
    private final Map<Integer, List<Sentence>> byParagraph = new HashMap<>();

    private Sentences(Collection<?> facts) {
        for (Object fact : facts) {
            if (fact instanceof Sentence s) {
                byIndex.put(s.index(), s);
                byParagraph.computeIfAbsent(s.paragraph(), p -> new ArrayList<>()).add(s);
            }
        }
        byParagraph.values().forEach(list -> list.sort(Comparator.comparingInt(Sentence::index)));
    }

    /** The sentences among the given facts (any others are passed over). */
    public static Sentences of(Collection<?> facts) {
        return new Sentences(facts);
    }

    /** A draft without sentences: what a session holds between two checks. */
    static Sentences none() {
        return NONE;
    }

    /** The sentence of that index, or null where the draft has none (a rule's {@code from} then finds nothing). */
    public Sentence at(int index) {
        return byIndex.get(index);
    }

    /** The sentences of a paragraph in their order; none for a paragraph without any. */
    public List<Sentence> inParagraph(int paragraph) {
        return byParagraph.getOrDefault(paragraph, List.of());
    }
}
