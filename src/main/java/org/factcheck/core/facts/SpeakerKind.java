package org.factcheck.core.facts;

import java.util.Locale;

/** What the words naming a quotation's speaker are. Each has the key that reports write ({@link #key()}). */
public enum SpeakerKind {
    /** a full name, a surname, an honorific and a surname */
    NAME,
    /** a title that names in full by itself: "Lord Holme", "Mgr Aupetit" */
    TITLE,
    /** a role phrase standing for a person */
    ROLE,
    /** a pronoun, resolved to the last speaker */
    PRONOUN,
    /** not a person: "le ministère", "the White House" */
    OTHER,
    /** no speaker */
    NONE;

    /** The key reports write: "name", "pronoun"… */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key();
    }
}
