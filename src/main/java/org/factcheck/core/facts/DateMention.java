package org.factcheck.core.facts;

import java.time.LocalDate;

/**
 * A date the draft gives, normalized against the reference date.
 *
 * @param id          the mention's number, in text order
 * @param span        the expression as written ("mercredi 26 novembre", "Thanksgiving (27 novembre)")
 * @param kind        what it is: a date, a range, a holiday with its date, today with a weekday, a relative date,
 *                    a duration (its number of days in {@code day})
 * @param date        the date it resolves to (the first day of a range; the reference date for "today"); null when
 *                    the date does not exist (see {@code impossible})
 * @param end         the last day of a range, else null
 * @param day         the day of the month as written, or null
 * @param month       the month as written (1 to 12), or null
 * @param year        the year, written or inferred
 * @param yearGiven   whether the draft writes the year
 * @param weekday     the weekday the draft writes with it (1 for Monday), or null
 * @param holiday     the holiday key (THANKSGIVING), or null
 * @param calendar    the holiday's calendar (us, ca/qc), or null
 * @param offset      days from the holiday key's date (Easter Sunday is Easter Monday - 1)
 * @param holidayName the holiday as written, or null
 * @param impossible  the day does not exist in that month (31 novembre, 29 février 2026)
 * @param resolution  how the value was found: the year written, nearest the reference date, fitting the weekday;
 *                    the offset of a relative date
 * @param sentence    the index of its sentence
 * @param beside      written right beside the mention before it, in one sentence (a comma, a link word such as
 *                    "le" or "on", an opening bracket or a dash between them): "il y a deux jours, le 3 novembre"
 */
public record DateMention(int id, Span span, DateKind kind, LocalDate date, LocalDate end, Integer day, Integer month,
                          Integer year, boolean yearGiven, Integer weekday, String holiday, String calendar, int offset,
                          String holidayName, boolean impossible, Resolution resolution, int sentence,
                          boolean beside) {
}
