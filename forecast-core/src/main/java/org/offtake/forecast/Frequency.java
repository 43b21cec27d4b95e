package org.offtake.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * How often a series is observed, with the calendar arithmetic of its periods and its usual season length.
 *
 * <p>A period is identified by the {@link LocalDate} of its first day: 1 January for a year, the first day of
 * the quarter's first month, the first day of a month, the Monday of an ISO week, the day itself. Series with
 * frequency {@link #NONE} have no calendar: their periods are numbered 1, 2, 3, ...
 */
public enum Frequency {
    /** One observation per calendar year; no seasonality. */
    YEARLY(1, ChronoUnit.YEARS, 1),
    /** One observation per calendar quarter; season length 4. */
    QUARTERLY(4, ChronoUnit.MONTHS, 3),
    /** One observation per calendar month; season length 12. */
    MONTHLY(12, ChronoUnit.MONTHS, 1),
    /** One observation per ISO week (starting on Monday); season length 52. */
    WEEKLY(52, ChronoUnit.WEEKS, 1),
    /** One observation per day; weekly season length 7. */
    DAILY(7, ChronoUnit.DAYS, 1),
    /** Observations with no calendar (an index only); no seasonality. */
    NONE(1, null, 0);

    private final int seasonLength;
    private final ChronoUnit unit;
    private final int unitsPerPeriod;

    Frequency(int seasonLength, ChronoUnit unit, int unitsPerPeriod) {
        this.seasonLength = seasonLength;
        this.unit = unit;
        this.unitsPerPeriod = unitsPerPeriod;
    }

    /** The usual number of periods in one seasonal cycle (1 when the frequency has no seasonality). */
    public int defaultSeasonLength() {
        return seasonLength;
    }

    /** Whether periods of this frequency are calendar periods (every frequency but {@link #NONE}). */
    public boolean hasCalendar() {
        return unit != null;
    }

    /**
     * Whether {@code date} is the first day of a period of this frequency.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isPeriodStart(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (this) {
            case YEARLY -> date.getDayOfYear() == 1;
            case QUARTERLY -> date.getDayOfMonth() == 1 && (date.getMonthValue() - 1) % 3 == 0;
            case MONTHLY -> date.getDayOfMonth() == 1;
            case WEEKLY -> date.getDayOfWeek() == DayOfWeek.MONDAY;
            case DAILY -> true;
            case NONE -> false;
        };
    }

    /**
     * The first day of the period that contains {@code date}.
     *
     * @throws UnsupportedOperationException for {@link #NONE}, which has no calendar
     */
    public LocalDate periodContaining(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (this) {
            case YEARLY -> date.withDayOfYear(1);
            case QUARTERLY -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case MONTHLY -> date.withDayOfMonth(1);
            case WEEKLY -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case DAILY -> date;
            case NONE -> throw new UnsupportedOperationException("frequency NONE has no calendar periods");
        };
    }

    /**
     * The period {@code offset} periods after {@code period} (before it when negative).
     *
     * @throws UnsupportedOperationException for {@link #NONE}
     */
    public LocalDate plus(LocalDate period, long offset) {
        Objects.requireNonNull(period, "period");
        if (unit == null) {
            throw new UnsupportedOperationException("frequency NONE has no calendar periods");
        }
        return period.plus(offset * unitsPerPeriod, unit);
    }

    /**
     * A label for the period starting on {@code period}: {@code 2024}, {@code 2024-Q1}, {@code 2024-03},
     * {@code 2024-W05} (ISO week) or {@code 2024-03-05}.
     *
     * @throws UnsupportedOperationException for {@link #NONE}
     */
    public String label(LocalDate period) {
        Objects.requireNonNull(period, "period");
        return switch (this) {
            case YEARLY -> Integer.toString(period.getYear());
            case QUARTERLY -> period.getYear() + "-Q" + ((period.getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> String.format("%04d-%02d", period.getYear(), period.getMonthValue());
            case WEEKLY -> String.format("%04d-W%02d", period.get(IsoFields.WEEK_BASED_YEAR),
                    period.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAILY -> period.toString();
            case NONE -> throw new UnsupportedOperationException("frequency NONE has no calendar periods");
        };
    }
}
