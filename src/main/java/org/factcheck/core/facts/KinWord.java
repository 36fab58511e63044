package org.factcheck.core.facts;

/**
 * A word that speaks of a family or another tie between people ("sa sœur", "the brothers", "le couple"): two persons
 * of one surname named near it are more likely relatives than one person misnamed.
 *
 * @param span     the word
 * @param sentence the index of its sentence
 */
public record KinWord(Span span, int sentence) {
}
