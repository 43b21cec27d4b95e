package org.offtake.forecast.global;

import org.offtake.forecast.Frequency;
import org.offtake.forecast.TimeSeries;

/**
 * One series of the group as the model sees it: its values divided by its scale, the scale, the noise scale its
 * errors are measured in, the position in the season of its first value and its attribute values.
 *
 * @param series       the series
 * @param z            the values divided by {@code scale}
 * @param scale        the mean absolute value of the series, or 1 when every value is 0
 * @param noiseScale   the in-sample mean absolute error of the seasonal naive forecast (lag {@code m}, or 1 when
 *                     the series is not longer than one season), as in the MASE of Hyndman &amp; Koehler (2006); 0
 *                     for a constant series
 * @param seasonOffset 0-based position in the season of the first value
 * @param attributes   attribute values, in the order of {@link Features#attributeNames()}
 */
record Member(TimeSeries series, double[] z, double scale, double noiseScale, int seasonOffset, double[] attributes) {

    /** The member made of the first {@code length} values of {@code series}. */
    static Member of(TimeSeries series, int length, double[] attributes) {
        double[] y = series.head(length).values();
        double sum = 0;
        for (double v : y) {
            sum += Math.abs(v);
        }
        double scale = sum > 0 ? sum / y.length : 1.0;
        double[] z = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            z[t] = y[t] / scale;
        }
        int m = series.seasonLength();
        int lag = y.length > m ? m : 1;
        double noise = 0;
        for (int t = lag; t < y.length; t++) {
            noise += Math.abs(y[t] - y[t - lag]);
        }
        noise = y.length > lag ? noise / (y.length - lag) : 0;
        return new Member(series, z, scale, noise, seasonOffset(series), attributes);
    }

    String key() {
        return series.key();
    }

    int length() {
        return z.length;
    }

    /**
     * The 0-based position in the season of the first value: from the calendar when the series has one and its
     * season length is its frequency's (the month for monthly data, the quarter for quarterly, the ISO week for
     * weekly, the weekday for daily), otherwise 0, so that positions count from the first observation.
     */
    static int seasonOffset(TimeSeries series) {
        Frequency f = series.frequency();
        int m = series.seasonLength();
        if (series.start().isEmpty() || m <= 1 || m != f.defaultSeasonLength()) {
            return 0;
        }
        var start = series.start().get();
        return switch (f) {
            case MONTHLY -> start.getMonthValue() - 1;
            case QUARTERLY -> (start.getMonthValue() - 1) / 3;
            case WEEKLY -> start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) - 1;
            case DAILY -> start.getDayOfWeek().getValue() - 1;
            default -> 0;
        };
    }
}
