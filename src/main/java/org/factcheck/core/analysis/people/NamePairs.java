package org.factcheck.core.analysis.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.factcheck.core.compare.Names;
import org.factcheck.core.facts.NamePartShared;
import org.factcheck.core.facts.Person;
import org.factcheck.core.facts.SimilarNamePart;

/**
 * The pairs of persons the NAME rules compare, found through indexes of name parts (exact, and by sound), so that
 * the rules never compare every person with every other: the pairs grow with the mentions, not with their square.
 */
final class NamePairs {
    /**
     * How many persons may hold one name part, or one sound, before the part is too common to compare them by
     * (a long draft with twenty Johns): past it, the pairs would grow with the square of the draft.
     */
    static final int MAX_HOLDERS = 8;

    /** A name part of a person: the person's id and the part's index. */
    private record Holder(int person, int part) {
    }

    private NamePairs() {
    }

    /** Pairs of introduced persons sharing a name part. */
    static List<NamePartShared> shared(List<Person> persons) {
        List<NamePartShared> out = new ArrayList<>();
        pairs(persons.stream().filter(Person::introduced).toList(), part -> part,
                (x, y) -> out.add(new NamePartShared(x.person(), y.person(), x.part(), y.part())));
        return out;
    }

    /**
     * Pairs of persons with different parts that sound alike (Double Metaphone) or have the same consonants, with the
     * parts' similarity: the candidates of which name.drl decides which are near spellings. The introduced person
     * first, between two introduced the earlier.
     */
    static List<SimilarNamePart> similar(List<Person> persons) {
        Set<SimilarNamePart> out = new LinkedHashSet<>();
        PairSink sink = (x, y) -> {
            Person px = persons.get(x.person());
            Person py = persons.get(y.person());
            String sx = px.parts().get(x.part());
            String sy = py.parts().get(y.part());
            if (sx.equals(sy)) {
                return; // the same part: a NamePartShared
            }
            boolean xFirst = px.introduced() != py.introduced() ? px.introduced() : x.person() < y.person();
            double sim = Names.similarity(sx, sy);
            out.add(xFirst ? new SimilarNamePart(x.person(), y.person(), x.part(), y.part(), sim)
                    : new SimilarNamePart(y.person(), x.person(), y.part(), x.part(), sim));
        };
        // By sound, and by consonants: a pair that both find is one.
        pairs(persons, Names::phoneticKey, sink);
        pairs(persons, Names::consonantKey, sink);
        return new ArrayList<>(out);
    }

    private interface PairSink {
        void accept(Holder x, Holder y);
    }

    /** Each pair of parts of two different persons with one key, keys held by too many parts aside. */
    private static void pairs(List<Person> persons, Function<String, String> key, PairSink sink) {
        Map<String, List<Holder>> index = new HashMap<>();
        for (Person p : persons) {
            for (int i = 0; i < p.size(); i++) {
                index.computeIfAbsent(key.apply(p.parts().get(i)), k -> new ArrayList<>()).add(new Holder(p.id(), i));
            }
        }
        for (List<Holder> holders : index.values()) {
            if (holders.size() > MAX_HOLDERS) {
                continue;
            }
            for (int a = 0; a < holders.size(); a++) {
                for (int b = a + 1; b < holders.size(); b++) {
                    if (holders.get(a).person() != holders.get(b).person()) {
                        sink.accept(holders.get(a), holders.get(b));
                    }
                }
            }
        }
    }
}
