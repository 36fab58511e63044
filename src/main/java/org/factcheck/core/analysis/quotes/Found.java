package org.factcheck.core.analysis.quotes;

import org.factcheck.core.facts.Attribution;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.facts.SpeakerKind;
import org.factcheck.core.facts.Span;

/** A speaker found: the person (or -1), the words naming it, their kind, the attribution words, where they stand. */
record Found(int person, Span speaker, SpeakerKind kind, Span verb, Attribution how) {
    static final Found NONE = new Found(-1, null, SpeakerKind.NONE, null, Attribution.NONE);
    static final Found NESTED = new Found(-1, null, SpeakerKind.NONE, null, Attribution.NESTED);

    Found with(Attribution how) {
        return new Found(person, speaker, kind, verb, how);
    }

    /** The speaker of an earlier quotation, given again. */
    static Found of(Quotation q, Attribution how) {
        return new Found(q.person(), q.speaker(), q.speakerKind(), q.verb(), how);
    }
}
