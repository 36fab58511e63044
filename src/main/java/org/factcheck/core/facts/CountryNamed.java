package org.factcheck.core.facts;

/**
 * A word of the draft that names a country: its name, its capital or its people's adjective ("Germany", "Berlin",
 * "libanais"). A draft that names two countries may speak of two countries' office holders.
 *
 * @param span     the word
 * @param country  the country's code (the head of its line in the {@code nationalities} list)
 * @param sentence the index of its sentence
 */
public record CountryNamed(Span span, String country, int sentence) {
}
