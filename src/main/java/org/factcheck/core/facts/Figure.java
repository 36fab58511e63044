package org.factcheck.core.facts;

/**
 * A percentage of the draft, or a figure that states one, with what it measures and how the draft states it.
 *
 * @param id          the figure's number, in text order
 * @param span        the figure as written ("10,5 %", "dix pour cent", "3 points", "un tiers", "12 sur 40, soit 30 %")
 * @param kind        what it is (a percentage, points, a share or a change stated with its arithmetic)
 * @param value       the percentage or the points as written (the stated percentage for a share, the stated points
 *                    for a change; 33.3 for "a third")
 * @param decimals    how many decimals the percentage is written with ("7,4 %" has one, "7 %" and "un tiers" none;
 *                    0 for the other kinds): its rounding
 * @param share       for {@link FigureKind#SHARE}, its part and whole; else null
 * @param shift       for {@link FigureKind#CHANGE}, its two percentages; else null
 * @param quantity    what it measures, as written ("des voix", "le taux de chômage", "tariffs"), or null
 * @param bounded     whether that quantity is a share of a whole that cannot pass 100 % (bounded-quantities list)
 * @param sentence    the index of its sentence
 * @param group       the sentence that names the whole its share is of: its own sentence, or for the parts of an
 *                    enumeration that runs over several sentences or list items ("Parmi les patients, 46 % sont
 *                    rentrés chez eux. 38 % ont été hospitalisés…") the one that opens it
 * @param contrasted  whether its sentence sets figures against each other ("contre", "compared with"): its shares
 *                    then belong to different wholes or times
 * @param quantityKey the quantity folded for comparison: the key of its line in quantities.txt ("droits de
 *                    douane" for "les droits de douane" and "des droits de douane"), or for a share the whole
 *                    without its preposition and article ("voix"); null when quantity is null
 * @param qualifier   what narrows the quantity, folded ("france" for "le taux de chômage en France", "acier" for
 *                    "sur l'acier"); empty when nothing does, never null
 * @param role        how its sentence states it, or null when the sentence says none of the roles
 * @param verb        the change word that states it, as written ("réduit", "rose", "hausse"), or null
 * @param direction   the change word's direction; null without a change word
 * @param approximate whether a word makes it approximate or a bound ("près de", "more than")
 * @param context     the marks of time, forecast and source of its sentence, folded and sorted ("2024|selon
 *                    insee"); empty when it has none, never null
 */
public record Figure(int id, Span span, FigureKind kind, double value, int decimals, Share share, Shift shift,
                     String quantity, boolean bounded, int sentence, int group, boolean contrasted, String quantityKey,
                     String qualifier, FigureRole role, String verb, ChangeDirection direction, boolean approximate,
                     String context) {
    /** "12 sur 40": the part and the whole a stated share is computed from. */
    public record Share(double part, double whole) {
    }

    /** "de 20 % à 12 %": the percentage before and the one after a stated change. */
    public record Shift(double before, double after) {
        /** The change in points, whatever its sign. */
        public double points() {
            return Math.abs(after - before);
        }
    }

    public Figure {
        if (kind == null || qualifier == null || context == null || (quantity == null) != (quantityKey == null)
                || (share != null) != (kind == FigureKind.SHARE) || (shift != null) != (kind == FigureKind.CHANGE)) {
            throw new IllegalArgumentException("figure needs a kind, a qualifier and a context, a key with its "
                    + "quantity, and the operands of its kind");
        }
    }

    /** The same figure with another id. */
    public Figure withId(int newId) {
        return new Figure(newId, span, kind, value, decimals, share, shift, quantity, bounded, sentence, group,
                contrasted, quantityKey, qualifier, role, verb, direction, approximate, context);
    }

    /**
     * The same figure as a share of {@code whole} (as written, and folded for its key), named in sentence {@code at}:
     * a part of an enumeration, set against none of the others.
     */
    public Figure asPartOf(String whole, String wholeKey, int at) {
        return new Figure(id, span, kind, value, decimals, share, shift, whole, true, sentence, at, false,
                wholeKey, qualifier, FigureRole.SHARE, verb, direction, approximate, context);
    }
}
