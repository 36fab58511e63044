package org.factcheck.core.facts;

/**
 * A number of years the draft states between two years: an age beside a year of birth ("né en 1961, âgé de 63
 * ans"), a time ago beside its year ("il y a 30 ans, en 1995", "20 years ago, in 2005"), an anniversary beside the
 * year it counts from ("the 30th anniversary of the 1994 genocide"), a span and its two ends ("de 2010 à 2015, soit
 * cinq ans"; also in months, "from January to June, six months"). The DATE rules check the sum.
 *
 * @param id       the gap's number, in text order
 * @param span     the number of years as written ("âgé de 63 ans", "30 years ago")
 * @param kind     what the years count
 * @param years    the number of years written
 * @param from     the year they count from (of birth, of the event)
 * @param to       the year they count to when the sentence writes it ("il avait 34 ans en 1995"), else null: the
 *                 reference date's year
 * @param related  the year counted from, as written
 */
public record YearGap(int id, Span span, Kind kind, int years, int from, Integer to, Span related) {
    /** What the years count. */
    public enum Kind {
        /** a person's age and year of birth: one year of slack for the birthday */
        AGE,
        /** a time ago and its year */
        AGO,
        /** an anniversary and the year of what it marks */
        ANNIVERSARY,
        /** a span between two years and its length: from and to are the two years */
        SPAN,
        /** a span between two months and its length in months: from and to are the months' numbers (1 to 12) */
        MONTHS
    }

    /** The year the years count to: the one written, else the reference date's. */
    public Integer until(java.time.LocalDate reference) {
        return to != null ? to : reference.getYear();
    }

    public YearGap {
        if (span == null || kind == null || related == null || years < 0) {
            throw new IllegalArgumentException("a year gap needs its span, kind, years and the year counted from");
        }
    }
}
