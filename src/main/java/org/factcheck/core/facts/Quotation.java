package org.factcheck.core.facts;

import org.factcheck.core.compare.QuoteText;

/**
 * A quotation and who the draft says spoke it.
 *
 * @param id          the quotation's number, in text order
 * @param span        the quoted words, without the marks; where the opening mark is missing, from the start of the
 *                    paragraph (or the end of the quotation before it); where the closing mark is missing, to the
 *                    end of the paragraph
 * @param open        the opening mark, or null when it is missing
 * @param close       the closing mark, or null when it is missing
 * @param depth       0 for a quotation, 1 for a quotation inside it, and so on
 * @param key         the quoted words folded (lower case, no accents, no punctuation, single spaces): what two
 *                    quotations are compared on
 * @param words       how many words the quotation holds
 * @param sentence    the index of the sentence where it begins
 * @param person      the id of the {@link Person} who speaks it, or -1 when no person is named
 * @param speaker     the words that name the speaker (a name, a role phrase, a pronoun, an institution), or null
 * @param speakerKind what the words naming the speaker are (see {@link SpeakerKind})
 * @param verb        the attribution words ("a déclaré", "a-t-il ajouté", "selon", "said", "according to"), or null
 * @param how         where the attribution stands (see {@link Attribution})
 * @param heading     whether it reads as an intertitle rather than words in a sentence: written in capitals, or its
 *                    closing mark glued to the next word (the line break after an intertitle lost: «…»Le maire)
 */
public record Quotation(int id, Span span, Span open, Span close, int depth, String key, int words, int sentence,
                        int person, Span speaker, SpeakerKind speakerKind, Span verb, Attribution how,
                        boolean heading) {
    public Quotation {
        if (span == null || key == null || speakerKind == null || how == null || depth < 0) {
            throw new IllegalArgumentException("incomplete quotation");
        }
    }

    /** Whether the draft names who speaks it (a person or not). */
    public boolean attributed() {
        return how != Attribution.NONE && how != Attribution.NESTED;
    }

    /** The quoted words as a message shows them: whole up to 60 characters, else cut at a word and "…". */
    public String excerpt() {
        return QuoteText.excerpt(span.text(), 60);
    }

    /** Whether the speaker is named by a name: a full name, a surname, or an honorific and a surname. */
    public boolean namedByName() {
        return speakerKind == SpeakerKind.NAME;
    }
}
