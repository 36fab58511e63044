package org.factcheck.core.facts;

/**
 * Where the draft says who speaks a quotation. Each has the key that reports write ({@link #key()}).
 */
public enum Attribution {
    /** after the quotation: "« … », a déclaré Mme Roux", "“…,” she added" */
    AFTER("after"),
    /** before it, in its sentence: "Mme Roux a déclaré : « … »" */
    BEFORE("before"),
    /** a source word: "selon X", "according to X" */
    ACCORDING("according"),
    /** a clause naming a person, then a colon: "Mme Roux a été claire : « … »" */
    COLON("colon"),
    /** another quotation of the same sentence is attributed */
    SAME_SENTENCE("same-sentence"),
    /** a quotation standing alone: the sentence before names the speaker */
    PREVIOUS_SENTENCE("previous-sentence"),
    /** a quotation standing alone: the first words of the sentence after name the speaker */
    NEXT_SENTENCE("next-sentence"),
    /** a quotation standing alone that repeats an attributed one word for word (a pull quote) */
    REPEATED("repeated"),
    /** a quotation inside a quotation: its speaker is the one the outer quotation quotes */
    NESTED("nested"),
    /** no attribution */
    NONE("none");

    private final String key;

    Attribution(String key) {
        this.key = key;
    }

    /** The key reports write: "after", "previous-sentence"… */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }
}
