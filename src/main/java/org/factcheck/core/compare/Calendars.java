package org.factcheck.core.compare;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Calendar primitives for the DATE rules: holiday dates from Jollyday, month lengths, day counts (the messages
 * write the dates).
 */
public final class Calendars {
    private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

    private Calendars() {
    }

    /**
     * The date of holiday {@code key} in {@code year} on {@code calendar} (a country code, optionally "/region"), plus
     * {@code offset} days; null when that calendar has no such holiday. The actual day, not the day off observed in
     * its place (Independence Day is the 4th of July even when it falls on a Saturday).
     */
    public static LocalDate holiday(String key, String calendar, int offset, int year) {
        String[] parts = calendar.split("/");
        HolidayManager m = manager(parts[0]);
        String[] regions = parts.length > 1 ? new String[] {parts[1]} : new String[0];
        for (Holiday h : m.getHolidays(Year.of(year), regions)) {
            if (h.getPropertiesKey().equals(key)) {
                return h.getActualDate().plusDays(offset);
            }
        }
        return null;
    }

    /**
     * Reads the calendars of {@code countries} (Jollyday's XML, a tenth of a second for the first in a fresh process)
     * on a thread of its own, for a process that starts up while it does other work; the rules then find them read.
     * A country Jollyday does not know is left for {@link #holiday} to fail on, as it would without this.
     */
    public static void readInBackground(Collection<String> countries) {
        List<String> each = List.copyOf(countries);
        Thread thread = new Thread(() -> {
            for (String country : each) {
                try {
                    manager(country);
                } catch (RuntimeException e) {
                    // the check that names this calendar meets the same problem, where it is reported
                }
            }
        }, "factcheck-calendars");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Jollyday's manager of a country's calendar, made once. Made one at a time: Jollyday's first lookup of the
     * service that reads its calendars is not safe for two threads at once (one of them may see no such service and
     * fail), and two first checks of a service, or a check and {@link #readInBackground}, may come together.
     */
    private static HolidayManager manager(String country) {
        HolidayManager m = MANAGERS.get(country);
        if (m == null) {
            synchronized (MANAGERS) {
                m = MANAGERS.computeIfAbsent(country, c -> HolidayManager.getInstance(ManagerParameters.create(c)));
            }
        }
        return m;
    }

    /** Whether the calendar has the holiday at all (in the reference year). */
    public static boolean has(String key, String calendar, int year) {
        return holiday(key, calendar, 0, year) != null;
    }

    /** The last day of the month; of a year with no 29 February when the year is unknown. */
    public static LocalDate lastDay(int month, Integer year) {
        int y = year != null ? year : 2001;
        return LocalDate.of(y, month, monthLength(month, y));
    }

    /** How many days a range covers, both ends counted. */
    public static int days(LocalDate from, LocalDate to) {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /** The number of days in the month; February of an unknown year has 29. */
    public static int monthLength(int month, Integer year) {
        return year != null ? YearMonth.of(year, month).lengthOfMonth() : month == 2 ? 29 : YearMonth.of(2001, month).lengthOfMonth();
    }
}
