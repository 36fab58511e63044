package org.factcheck.core.facts;

/** What makes a mention a person's ({@link PersonMention#evidence}). */
public enum Evidence {
    /** An honorific before the name: "M. Dupont", "Ms. Hollis". */
    HONORIFIC,
    /** A role phrase before the name, or standing for it: "le ministre Paul Berger", "son homologue". */
    ROLE,
    /** A role phrase in apposition after the name: "Paul Vance, secrétaire d'État américain,". */
    APPOSITION,
    /** The name is the subject of a speech verb: "Dupont a déclaré", "said Smith". */
    SPEECH,
    /** A full name that begins with a given name, its words proper nouns: "Dana Hollis", "Jean-Luc Berger". */
    GIVEN_NAME,
    /** Nothing but a part shared with a person named with one of the other signs, or the register. */
    KNOWN
}
