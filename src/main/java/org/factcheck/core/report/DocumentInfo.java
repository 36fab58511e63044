package org.factcheck.core.report;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the report says about the draft.
 *
 * @param language            the language the draft was checked in ({@code fr}, {@code en})
 * @param languageSource      {@code option} (given by the caller), {@code detected} or {@code metadata}
 * @param referenceDate       the publication date against which dates are resolved, ISO format
 * @param referenceDateSource {@code option}, {@code metadata}, {@code dateline} or {@code today}
 * @param metadataDate        the date found in the document's metadata, if any
 * @param words               the number of words of the text
 * @param omittedFindings     per rule, how many findings the report leaves out past its limits (a number a rule,
 *                            a number a draft); null when it lists them all
 * @param omittedQuotes       how many quotations the quotes section leaves out past its limit; null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentInfo(String title, String language, String languageSource, String referenceDate,
                           String referenceDateSource, String contentType, String metadataDate, int words,
                           Map<String, Integer> omittedFindings, Integer omittedQuotes) {
    public DocumentInfo {
        omittedFindings = omittedFindings == null || omittedFindings.isEmpty() ? null : Map.copyOf(omittedFindings);
        omittedQuotes = omittedQuotes == null || omittedQuotes == 0 ? null : omittedQuotes;
    }
}
