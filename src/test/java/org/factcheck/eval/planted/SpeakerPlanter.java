package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * QUOTE errors: one quotation given to a second person. The same quoted words (5 to 25 words of one sentence, quoted
 * once, in a paragraph that names a person) are quoted again later, at the end of a paragraph, in a sentence of the
 * generator's making that attributes them to another introduced person: « … », a déclaré Jean Dupont. / "…," said
 * John Smith. The article's own quotation marks are used.
 */
final class SpeakerPlanter implements Planter {
    private record Candidate(Quotes.Quotation quotation, People.Person other, int at) {
    }

    @Override
    public String category() {
        return "QUOTE";
    }

    @Override
    public String kind() {
        return "quote-speakers";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        String text = article.text();
        List<People.Person> persons = People.of(article);
        List<Candidate> candidates = new ArrayList<>();
        for (Quotes.Quotation q : Quotes.of(article)) {
            String words = quoted(text, q);
            int n = Texts.words(words);
            Span paragraph = article.paragraphAt(q.open());
            if (n < 5 || n > 25 || Texts.count(text, words) != 1 || paragraph == null || words.matches("(?s).*[.!?…] .*")) {
                continue;
            }
            List<People.Person> named = new ArrayList<>();
            for (People.Person p : persons) {
                if (Texts.hasWord(paragraph.of(text), p.lastWord())) {
                    named.add(p);
                }
            }
            for (People.Person other : persons) {
                if (!named.isEmpty() && !named.contains(other)) {
                    for (Span later : article.paragraphs()) {
                        if (later.end() > q.close() && later.end() > other.first() && endsSentence(text, later)) {
                            candidates.add(new Candidate(q, other, later.end()));
                        }
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Candidate c = candidates.get(random.nextInt(candidates.size()));
        String words = quoted(text, c.quotation());
        String sentence = " " + attribution(article, c.quotation(), words, c.other());
        int mark = c.at() + sentence.indexOf(words);
        String note = String.format("These words are quoted earlier in the text, where their paragraph names %s; here they "
                + "are attributed to %s (sentence added by the generator).", speakers(text, article, c.quotation()),
                c.other().full());
        Plant plant = new Plant(category(), kind(), c.at(), c.at(), sentence, words, note, 2, 1);
        return Texts.count(plant.apply(text), words) == 2 && mark > c.at() ? Optional.of(plant) : Optional.empty();
    }

    /** The quoted words without the punctuation that ends them (it goes to the new sentence's own marks). */
    private static String quoted(String text, Quotes.Quotation q) {
        return q.words(text).of(text).replaceAll("[\\s.,;:]+$", "");
    }

    private static boolean endsSentence(String text, Span paragraph) {
        return ".!?»\"”".indexOf(text.charAt(paragraph.end() - 1)) >= 0 && Texts.words(paragraph.of(text)) >= 8;
    }

    /** « words », a déclaré X. / "words," said X. With the article's marks; ? and ! keep their place. */
    private static String attribution(Article article, Quotes.Quotation q, String words, People.Person speaker) {
        String text = article.text();
        char open = q.openMark(text);
        char close = q.closeMark(text);
        boolean asks = words.endsWith("?") || words.endsWith("!");
        if (article.french()) {
            String inside = open == '«' ? "« " + words + " »" : open + words + close;
            return inside + ", a déclaré " + speaker.full() + ".";
        }
        return open + words + (asks ? "" : ",") + close + " said " + speaker.full() + ".";
    }

    private static String speakers(String text, Article article, Quotes.Quotation q) {
        List<String> names = new ArrayList<>();
        for (People.Person p : People.of(article)) {
            if (Texts.hasWord(article.paragraphAt(q.open()).of(text), p.lastWord())) {
                names.add(p.full());
            }
        }
        return String.join(", ", names);
    }
}
