package org.factcheck.core.facts;

/**
 * Two persons, each with a name part that is spelled nearly like the other's without being the same (Blinken /
 * Blinkin, Caroline / Karoline): candidates found through a phonetic index of name parts, with their Jaro-Winkler
 * similarity.
 *
 * @param earlier     the person introduced first
 * @param later       the other
 * @param earlierPart the index of the part in the earlier person's name
 * @param laterPart   the index of the part in the later person's name
 * @param similarity  Jaro-Winkler similarity of the two folded parts, 0 to 1
 */
public record SimilarNamePart(int earlier, int later, int earlierPart, int laterPart, double similarity) {
}
