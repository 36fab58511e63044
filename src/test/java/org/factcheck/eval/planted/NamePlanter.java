package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * NAME errors in a later mention of a person: one letter of the surname changed (Hollande → Hollonde), or, in a
 * later full mention, another given name (Nathalie Perret → Nadine Perret).
 */
final class NamePlanter implements Planter {
    /** Which part of the name changes. */
    enum Part { SURNAME, GIVEN }

    private static final String VOWELS = "aeiou";
    private static final Map<Character, Character> CONSONANTS = Map.ofEntries(Map.entry('n', 'm'), Map.entry('m', 'n'),
            Map.entry('t', 'd'), Map.entry('d', 't'), Map.entry('r', 'l'), Map.entry('l', 'r'), Map.entry('c', 'k'),
            Map.entry('k', 'c'), Map.entry('b', 'p'), Map.entry('p', 'b'), Map.entry('g', 'k'), Map.entry('v', 'f'),
            Map.entry('f', 'v'), Map.entry('s', 'z'), Map.entry('z', 's'));

    private final Part part;

    NamePlanter(Part part) {
        this.part = part;
    }

    @Override
    public String category() {
        return "NAME";
    }

    @Override
    public String kind() {
        return part == Part.SURNAME ? "name-surname" : "name-given";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        String text = article.text();
        List<People.Mention> later = new ArrayList<>();
        for (People.Person p : People.of(article)) {
            List<People.Mention> mentions = People.mentions(text, p);
            for (People.Mention m : mentions.subList(Math.min(1, mentions.size()), mentions.size())) {
                boolean fits = part == Part.GIVEN ? m.full() && replacementGiven(article, p, new Random(0)) != null
                        : p.lastWord().length() >= 4 && !p.lastWord().contains("-");
                if (fits) {
                    later.add(m);
                }
            }
        }
        if (later.isEmpty()) {
            return Optional.empty();
        }
        People.Mention m = later.get(random.nextInt(later.size()));
        return Optional.ofNullable(part == Part.GIVEN ? changeGiven(article, m, random) : changeSurname(article, m, random));
    }

    private Plant changeGiven(Article article, People.Mention m, Random random) {
        People.Person p = m.person();
        String given = replacementGiven(article, p, random);
        int start = m.span().start();
        String note = String.format("The person is %s elsewhere in the text (first mention); the given name is changed to %s.",
                p.full(), given);
        return Plant.ofNewText(article.text(), category(), kind(), start, start + p.given().length(), given,
                new Span(start, start + given.length() + 1 + p.surname().length()), note);
    }

    /** Another given name of the same list, with the same initial where one exists, never written in the article. */
    private static String replacementGiven(Article article, People.Person p, Random random) {
        List<String> list = Words.get().givenList(p.given(), article.language());
        if (list == null) {
            return null;
        }
        List<String> same = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String g : list) {
            if (!g.equals(p.given()) && !article.text().contains(g) && !p.given().contains(g) && !g.contains(p.given())) {
                (g.charAt(0) == p.given().charAt(0) ? same : other).add(g);
            }
        }
        List<String> pool = same.isEmpty() ? other : same;
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    private Plant changeSurname(Article article, People.Mention m, Random random) {
        People.Person p = m.person();
        String word = p.lastWord();
        int wordStart = m.span().end() - word.length();
        List<Integer> vowels = new ArrayList<>();
        List<Integer> consonants = new ArrayList<>();
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (VOWELS.indexOf(c) >= 0) {
                vowels.add(i);
            } else if (CONSONANTS.containsKey(c)) {
                consonants.add(i);
            }
        }
        List<Integer> positions = vowels.isEmpty() ? consonants : vowels;
        if (positions.isEmpty()) {
            return null;
        }
        int i = positions.get(random.nextInt(positions.size()));
        char c = word.charAt(i);
        char by = VOWELS.indexOf(c) >= 0 ? otherVowel(c, random) : CONSONANTS.get(c);
        String changed = word.substring(0, i) + by + word.substring(i + 1);
        if (article.text().toLowerCase().contains(changed.toLowerCase())) {
            return null;
        }
        String note = String.format("Written %s elsewhere in the text (first full mention: %s); one letter changed.",
                word, p.full());
        return Plant.ofNewText(article.text(), category(), kind(), wordStart + i, wordStart + i + 1, String.valueOf(by),
                new Span(wordStart, wordStart + word.length()), note);
    }

    private static char otherVowel(char c, Random random) {
        String others = VOWELS.replace(String.valueOf(c), "");
        return others.charAt(random.nextInt(others.length()));
    }
}
