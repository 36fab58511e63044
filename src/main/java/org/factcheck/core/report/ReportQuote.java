package org.factcheck.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A quotation of the draft, for the report's {@code quotes} section: the quoted words and their marks (absent when
 * missing), how deep it is nested, who speaks it, with which words, and where the attribution stands; so that an
 * editor checks every quotation against its source in one table.
 *
 * @param attribution after, before, according, colon, same-sentence, previous-sentence, next-sentence, nested or
 *                    none (see the README)
 */
@JsonPropertyOrder({"id", "start", "end", "text", "open", "close", "depth", "speaker", "verb", "attribution"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportQuote(String id, int start, int end, String text, ReportSpan open, ReportSpan close, int depth,
                          Speaker speaker, ReportSpan verb, String attribution) {

    /**
     * Who speaks: the words that name the speaker, their kind (name, title, role, pronoun, other), and, when they stand for
     * a person of the {@code persons} section, its id and name, with the newsroom register's name for a person the
     * draft never names in full.
     */
    @JsonPropertyOrder({"kind", "person", "name", "registerName", "start", "end", "text"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(String kind, String person, String name, String registerName, Integer start, Integer end,
                          String text) {
    }
}
