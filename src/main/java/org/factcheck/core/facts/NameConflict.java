package org.factcheck.core.facts;

/**
 * Derived by the NAME rules: person {@code variant} looks like a wrong writing of person {@code of}, introduced
 * earlier, by a part spelled nearly alike or by a part replaced ({@link NameConflictKind}).
 *
 * @param variant     the person whose name looks wrong
 * @param of          the introduced person it should be
 * @param variantPart the index of the differing part in the variant's name
 * @param ofPart      the index of the corresponding part in the introduced name
 * @param kind        how the names differ
 */
public record NameConflict(int variant, int of, int variantPart, int ofPart, NameConflictKind kind) {
}
