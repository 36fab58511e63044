package org.factcheck.core.report;

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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentInfo(String title, String language, String languageSource, String referenceDate,
                           String referenceDateSource, String contentType, String metadataDate, int words) {
}
