package org.factcheck.core.facts;

/**
 * Derived by the NAME rules from a {@link SimilarNamePart}: the two parts are near spellings of one another, the
 * same name misspelt (Blinken / Blinkin, Caroline / Karoline), and not the same letters written otherwise.
 *
 * @param earlier     the person introduced first
 * @param later       the other
 * @param earlierPart the index of the part in the earlier person's name
 * @param laterPart   the index of the part in the later person's name
 */
public record NearNameParts(int earlier, int later, int earlierPart, int laterPart) {
}
