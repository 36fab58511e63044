package org.factcheck.core.facts;

/**
 * How a date's value was found: the year written or chosen, or the moment a relative expression measures from the
 * reference date. The report writes {@link #describe()}, the same words in every language (report data, like its
 * keys).
 */
public sealed interface Resolution {
    /** The report's words for it: "year written", "1 week before the reference date"… */
    String describe();

    /** The unit a counted relative date counts in (day, week, month, year); null for every other resolution. */
    default String countedUnit() {
        return null;
    }

    /** The year is written: "3 mai 2025". */
    record YearWritten() implements Resolution {
        public String describe() {
            return "year written";
        }
    }

    /** No year written: the year whose date is nearest the reference date, on the side the sentence's tense says. */
    record YearNearest(int tense) implements Resolution {
        public String describe() {
            return tense < 0 ? "nearest year before the reference date (past tense)"
                    : tense > 0 ? "nearest year after the reference date (future tense)" : "year nearest the reference date";
        }
    }

    /** No year written: the year near the reference date in which the written weekday falls on that date. */
    record YearFittingWeekday() implements Resolution {
        public String describe() {
            return "year fitting the weekday";
        }
    }

    /** Not a date of any year, or of none near the reference date. */
    record NoSuchDay(Why why) implements Resolution {
        public enum Why { MONTH_OR_DAY, IN_ANY_YEAR, NEAR_THE_REFERENCE_DATE }

        public String describe() {
            return switch (why) {
                case MONTH_OR_DAY -> "no such month or day";
                case IN_ANY_YEAR -> "no such day in any year";
                case NEAR_THE_REFERENCE_DATE -> "no such day near the reference date";
            };
        }
    }

    /** The reference date itself ("aujourd'hui mercredi"). */
    record ReferenceDate() implements Resolution {
        public String describe() {
            return "reference date";
        }
    }

    /** "mercredi dernier", "next Tuesday": the last such weekday before the reference date, or the next after it. */
    record WeekdayNear(boolean last) implements Resolution {
        public String describe() {
            return last ? "the last such weekday before the reference date" : "the next such weekday after the reference date";
        }
    }

    /**
     * "il y a trois semaines", "in two days": a count of units before or after the reference date; date.drl gives it
     * its slack ({@link DateReach}).
     *
     * @param unit day, week, month or year
     */
    record Counted(int count, String unit, boolean before) implements Resolution {
        public String describe() {
            return count + " " + unit + (count > 1 ? "s" : "") + (before ? " before" : " after") + " the reference date";
        }

        @Override
        public String countedUnit() {
            return unit;
        }
    }

    /** "hier", "le mois prochain", "last year": a calendar unit at an offset from the reference date's. */
    record CalendarOffset(String unit, int offset) implements Resolution {
        public String describe() {
            return unit + " " + (offset > 0 ? "+" : "") + offset + " from the reference date";
        }
    }

    /** "une grève de trois jours, du 3 au 5 mai": a number of days written beside the range it counts. */
    record DaysBeside(int days, String range) implements Resolution {
        public String describe() {
            return days + " days, beside " + range;
        }
    }
}
