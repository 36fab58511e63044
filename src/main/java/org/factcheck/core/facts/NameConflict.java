package org.factcheck.core.facts;

/**
 * Derived by the NAME rules: person {@code variant} looks like a wrong writing of person {@code of}, introduced
 * earlier. {@code kind} is {@code "spelling"} (a part spelled nearly alike: Blinkin for Blinken) or {@code
 * "variant"} (a part replaced in the same role or context: Chen Gang for Qin Gang).
 *
 * @param variant     the person whose name looks wrong
 * @param of          the introduced person it should be
 * @param variantPart the index of the differing part in the variant's name
 * @param ofPart      the index of the corresponding part in the introduced name
 * @param kind        spelling or variant
 */
public record NameConflict(int variant, int of, int variantPart, int ofPart, String kind) {
}
