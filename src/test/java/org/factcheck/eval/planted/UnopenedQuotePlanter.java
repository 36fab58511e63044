package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * QUOTE errors: the opening mark of a short quotation (3 words or more, at most 80 chars with its closing mark) removed,
 * with the white space after it. The planted text runs from where the mark stood to the closing mark, which no longer
 * has an opening one.
 */
final class UnopenedQuotePlanter implements Planter {
    @Override
    public String category() {
        return "QUOTE";
    }

    @Override
    public String kind() {
        return "quote-unopened";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        String text = article.text();
        List<Quotes.Quotation> candidates = new ArrayList<>();
        for (Quotes.Quotation q : Quotes.of(article)) {
            Span words = q.words(text);
            if (Texts.words(words.of(text)) >= 3 && q.close() + 1 - words.start() <= Texts.MAX_PLANTED) {
                candidates.add(q);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Quotes.Quotation q = candidates.get(random.nextInt(candidates.size()));
        int start = q.open();
        int end = Texts.skipSpace(text, q.open() + 1);
        String left = text.substring(start, end);
        String copy = text.substring(0, start) + text.substring(end);
        int close = q.close() - left.length();
        String planted = copy.substring(start, close + 1);
        if (Texts.count(copy, planted) != 1) {
            return Optional.empty();
        }
        String note = String.format("The quotation ending with %s has lost its opening %s: the closing mark has no opening one.",
                q.closeMark(text), q.openMark(text));
        return Optional.of(new Plant(category(), kind(), start, end, "", planted, note, 1, Texts.count(text, planted)));
    }
}
