package org.factcheck.core.facts;

/** What kind of inconsistency a finding reports; declared by each rule in its {@code @category} metadata. */
public enum Category {
    NAME, TITLE, DATE, NUMBER, QUOTE, DUPLICATE, SPELLING
}
