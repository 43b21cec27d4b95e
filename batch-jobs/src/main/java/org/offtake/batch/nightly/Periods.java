package org.offtake.batch.nightly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Months as the tables and files write them: {@code YYYY-MM}. */
final class Periods {

    private Periods() {
    }

    static String label(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    /**
     * Parses {@code YYYY-MM}.
     *
     * @throws IllegalArgumentException naming {@code what} and the text when it is not a month
     */
    static YearMonth parse(String text, String what) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a month; expected YYYY-MM, for example "
                    + "2025-12");
        }
    }

    /** Months from {@code from} to {@code to}, both included (0 when {@code to} is before {@code from}). */
    static int count(YearMonth from, YearMonth to) {
        return Math.max(0, (int) (from.until(to, ChronoUnit.MONTHS) + 1));
    }
}
