package org.factcheck.core.facts;

/**
 * Two persons whose names share a part (folded): person {@code earlier} is introduced before person {@code later}.
 * Built from an index of name parts, so that the rules never compare every person with every other.
 *
 * @param earlier     the person introduced first
 * @param later       the other
 * @param earlierPart the index of the shared part in the earlier person's name
 * @param laterPart   the index of the shared part in the later person's name
 */
public record NamePartShared(int earlier, int later, int earlierPart, int laterPart) {
}
