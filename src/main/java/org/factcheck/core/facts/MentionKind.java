package org.factcheck.core.facts;

/** How a person is named at one place of the draft. */
public enum MentionKind {
    /** Two name parts or more: "Qin Gang", "Antony Blinken", "John F. Kendall". */
    FULL,
    /** One name part alone, as the subject or object of a speech verb or after a role: "Blinken a dit". */
    PART,
    /** An honorific and one name part: "M. Trump", "Ms. Leavitt". */
    HONORIFIC,
    /** A role phrase without a name, standing for a person named elsewhere: "son homologue chinois". */
    ROLE
}
