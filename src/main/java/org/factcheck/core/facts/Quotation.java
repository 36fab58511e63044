package org.factcheck.core.facts;

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
 * @param speakerKind {@code name} (a full name, a surname, an honorific and surname), {@code title} (a title that
 *                    names in full by itself: "Lord Holme", "Mgr Aupetit"), {@code role} (a role phrase
 *                    standing for a person), {@code pronoun} (resolved to the last speaker), {@code other} (not a
 *                    person: "le ministère", "the White House"), or {@code none}
 * @param verb        the attribution words ("a déclaré", "a-t-il ajouté", "selon", "said", "according to"), or null
 * @param how         where the attribution stands: {@code after} the quotation, {@code before} it, {@code according}
 *                    ("selon X", "according to X"), {@code colon} ("Mme Roux a été claire :"), {@code same-sentence}
 *                    (another quotation of the sentence is attributed), {@code previous-sentence},
 *                    {@code next-sentence}, {@code nested} (a quotation inside a quotation: its speaker is the one
 *                    the outer quotation quotes) or {@code none}
 */
public record Quotation(int id, Span span, Span open, Span close, int depth, String key, int words, int sentence,
                        int person, Span speaker, String speakerKind, Span verb, String how) {
    public Quotation {
        if (span == null || key == null || speakerKind == null || how == null || depth < 0) {
            throw new IllegalArgumentException("incomplete quotation");
        }
    }

    /** Whether the draft names who speaks it (a person or not). */
    public boolean attributed() {
        return !"none".equals(how) && !"nested".equals(how);
    }

    /** Whether the speaker is named by a name: a full name, a surname, or an honorific and a surname. */
    public boolean namedByName() {
        return "name".equals(speakerKind);
    }
}
