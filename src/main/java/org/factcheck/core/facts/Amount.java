package org.factcheck.core.facts;

/**
 * A number of things the draft counts or measures ("412 millions d'euros", "265 000 tonnes", "1,200 people",
 * "$2 billion"): its value and the unit it counts.
 *
 * @param id          the amount's number, in text order
 * @param span        the amount as written, unit included
 * @param value       its value, multiplier applied ("412 millions" is 412,000,000)
 * @param unit        the unit it counts, folded to its key: the key of its line in amount-units.txt ("personnes" for
 *                    "salariés"), else the noun without a plural ending ("tonne")
 * @param anaphoric   whether a definite or possessive determiner takes it up as already known ("les 265 000
 *                    tonnes", "its 1,400 workers")
 * @param approximate whether a word makes it approximate or a bound ("environ", "more than")
 * @param sentence    the index of its sentence
 */
public record Amount(int id, Span span, double value, String unit, boolean anaphoric, boolean approximate,
                     int sentence) {
    public Amount {
        if (span == null || unit == null || unit.isEmpty()) {
            throw new IllegalArgumentException("an amount needs its span and its unit");
        }
    }
}
