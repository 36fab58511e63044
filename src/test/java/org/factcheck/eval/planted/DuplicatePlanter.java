package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * DUPLICATE errors: a sentence printed twice. A sentence of 8 to 40 words, written once, without quotation marks and
 * not the dateline's, is copied to the end of a later paragraph.
 */
final class DuplicatePlanter implements Planter {
    /** A sentence that opens with the article's dateline ("13 juillet 2012. - …") is not copied. */
    private static final Pattern DATELINE = Pattern.compile(".{0,40}?\\d{4}\\.? ?[-–—] ");

    @Override
    public String category() {
        return "DUPLICATE";
    }

    @Override
    public String kind() {
        return "duplicate-sentence";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        String text = article.text();
        List<Span> paragraphs = article.paragraphs();
        List<Span[]> candidates = new ArrayList<>();
        for (int i = 0; i < paragraphs.size() - 1; i++) {
            for (Span s : Texts.sentences(text, paragraphs.get(i))) {
                String sentence = s.of(text);
                int words = Texts.words(sentence);
                if (words < 8 || words > 40 || sentence.matches("(?s).*[«»“”\"].*") || DATELINE.matcher(sentence).lookingAt()
                        || ".!?".indexOf(sentence.charAt(sentence.length() - 1)) < 0 || Texts.count(text, sentence) != 1) {
                    continue;
                }
                for (Span later : paragraphs.subList(i + 1, paragraphs.size())) {
                    if (".!?»\"”".indexOf(text.charAt(later.end() - 1)) >= 0) {
                        candidates.add(new Span[] {s, later});
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Span[] c = candidates.get(random.nextInt(candidates.size()));
        String sentence = c[0].of(text);
        int at = c[1].end();
        String note = String.format("The same sentence is printed earlier, in paragraph %d.", paragraphs.indexOf(
                article.paragraphAt(c[0].start())) + 1);
        Plant plant = new Plant(category(), kind(), at, at, " " + sentence, sentence, note, 2, 1);
        return Texts.count(plant.apply(text), sentence) == 2 ? Optional.of(plant) : Optional.empty();
    }
}
