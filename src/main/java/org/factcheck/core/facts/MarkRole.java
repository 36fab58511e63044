package org.factcheck.core.facts;

/** Whether a quotation mark opens or closes a quotation. */
public enum MarkRole {
    OPEN, CLOSE
}
