package org.factcheck.core.facts;

/**
 * Where the draft says who speaks a quotation. Each has the key that reports write ({@link #key()}).
 */
public enum Attribution {
    /** after the quotation: "« … », a déclaré Mme Roux", "“…,” she added" */
    AFTER,
    /** before it, in its sentence: "Mme Roux a déclaré : « … »" */
    BEFORE,
    /** a source word: "selon X", "according to X" */
    ACCORDING,
    /** a clause naming a person, then a colon: "Mme Roux a été claire : « … »" */
    COLON,
    /** another quotation of the same sentence is attributed */
    SAME_SENTENCE,
    /** a quotation standing alone: the sentence before names the speaker */
    PREVIOUS_SENTENCE,
    /** a quotation standing alone: the first words of the sentence after name the speaker */
    NEXT_SENTENCE,
    /** a quotation standing alone that repeats an attributed one word for word (a pull quote) */
    REPEATED,
    /** a quotation inside a quotation: its speaker is the one the outer quotation quotes */
    NESTED,
    /** no attribution */
    NONE;

    /** The key reports write: the name in lower case, words joined by hyphens ("after", "previous-sentence"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return key();
    }
}
