package org.factcheck.core.facts;

/**
 * A named event written with its date: "le sommet du G20 (15 novembre)", "the Web Summit on Nov. 11". The DATE rules
 * compare the dates one event is given.
 *
 * @param date  the date mention's id
 * @param key   the event's name, folded
 * @param span  the event's name as written
 */
public record DateEvent(int date, String key, Span span) {
}
