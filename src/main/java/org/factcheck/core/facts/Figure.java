package org.factcheck.core.facts;

/**
 * A percentage of the draft, or a figure that states one.
 *
 * @param id       the figure's number, in text order
 * @param span     the figure as written ("10,5 %", "dix pour cent", "3 points", "12 sur 40, soit 30 %")
 * @param kind     percent, points (a change in percentage points), share (X of Y stated with its percentage),
 *                 change (from A % to B %, stated with its difference in points)
 * @param value    the percentage or the points as written (the stated percentage for share, the stated points for
 *                 change)
 * @param a        for share, X; for change, A (the first percentage); else 0
 * @param b        for share, Y; for change, B (the second percentage); else 0
 * @param quantity what it measures, as written after it ("des voix", "of the vote"), or null
 * @param bounded  whether that quantity is a share of a whole that cannot pass 100 % (bounded-quantities list)
 * @param sentence the index of its sentence
 * @param contrasted whether its sentence sets figures against each other ("contre", "compared with"): its shares
 *                   then belong to different wholes or times
 */
public record Figure(int id, Span span, String kind, double value, double a, double b, String quantity,
                     boolean bounded, int sentence, boolean contrasted) {
}
