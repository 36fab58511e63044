package org.factcheck.core.facts;

/**
 * A percentage of the draft, or a figure that states one, with what it measures and how the draft states it.
 *
 * @param id          the figure's number, in text order
 * @param span        the figure as written ("10,5 %", "dix pour cent", "3 points", "un tiers", "12 sur 40, soit 30 %")
 * @param kind        percent (a percentage, or a fraction that gives a share: "un tiers des électeurs"), points (a
 *                    change in percentage points), share (X of Y stated with its percentage), change (from A % to
 *                    B %, stated with its difference in points)
 * @param value       the percentage or the points as written (the stated percentage for share, the stated points
 *                    for change; 33.3 for "a third")
 * @param a           for share, X; for change, A (the first percentage); else 0
 * @param b           for share, Y; for change, B (the second percentage); else 0
 * @param quantity    what it measures, as written ("des voix", "le taux de chômage", "tariffs"), or null
 * @param bounded     whether that quantity is a share of a whole that cannot pass 100 % (bounded-quantities list)
 * @param sentence    the index of its sentence
 * @param contrasted  whether its sentence sets figures against each other ("contre", "compared with"): its shares
 *                    then belong to different wholes or times
 * @param quantityKey the quantity folded for comparison: the key of its line in quantities.txt ("droits de
 *                    douane" for "les droits de douane" and "des droits de douane"), or for a share the whole
 *                    without its preposition and article ("voix"); null when quantity is null
 * @param qualifier   what narrows the quantity, folded ("france" for "le taux de chômage en France", "acier" for
 *                    "sur l'acier"); empty when nothing does, never null
 * @param role        level (the quantity is at this value), change (it moves by this value), share (this part of
 *                    a whole), before-after (one of "de A % à B %", "from A% to B%": two times, never a
 *                    contradiction), range ("entre 16 et 17 %"), or null when the sentence says none of these
 * @param verb        the change word that states it, as written ("réduit", "rose", "hausse"), or null
 * @param direction   up, down or move for a change word's direction; null without a change word
 * @param approximate whether a word makes it approximate or a bound ("près de", "more than")
 * @param context     the marks of time, forecast and source of its sentence, folded and sorted ("2024|selon
 *                    insee"); empty when it has none, never null
 */
public record Figure(int id, Span span, String kind, double value, double a, double b, String quantity,
                     boolean bounded, int sentence, boolean contrasted, String quantityKey, String qualifier,
                     String role, String verb, String direction, boolean approximate, String context) {
    public Figure {
        if (qualifier == null || context == null || (quantity == null) != (quantityKey == null)) {
            throw new IllegalArgumentException("figure needs a qualifier and a context, and a key with its quantity");
        }
    }

    /** The same figure with another id. */
    public Figure withId(int newId) {
        return new Figure(newId, span, kind, value, a, b, quantity, bounded, sentence, contrasted, quantityKey,
                qualifier, role, verb, direction, approximate, context);
    }

    /** The number of decimals its value is written with ("7,4 %" has one, "7 %" and "un tiers" none). */
    public int decimals() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[.,](\\d+)").matcher(span.text());
        return "percent".equals(kind) && m.find() ? m.group(1).length() : 0;
    }
}
