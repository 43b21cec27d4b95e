package org.offtake.forecast.internal;

import java.util.Arrays;

/** Argument checks shared by the models, with messages that say what would be accepted. */
public final class Args {

    private Args() {
    }

    /** @throws IllegalArgumentException if {@code horizon < 1} */
    public static int horizon(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("forecast horizon must be at least 1, was " + horizon);
        }
        return horizon;
    }

    /** @throws IllegalArgumentException if {@code paths < 1} */
    public static int paths(int paths) {
        if (paths < 1) {
            throw new IllegalArgumentException("number of sample paths must be at least 1, was " + paths);
        }
        return paths;
    }

    /**
     * Coverage levels sorted, without duplicates.
     *
     * @throws IllegalArgumentException if a level is below 1 or not below 100 percent; a level below 1 is taken for
     *                                  a fraction (0.95 for 95 %) and the message says so
     */
    public static double[] levels(double... levels) {
        if (levels == null || levels.length == 0) {
            return new double[0];
        }
        for (double l : levels) {
            if (l > 0 && l < 1) {
                throw new IllegalArgumentException("interval levels are percentages: " + l + " looks like a fraction;"
                        + " write " + (l * 100) + " for a " + (l * 100) + " % interval");
            }
            if (!(l >= 1 && l < 100)) {
                throw new IllegalArgumentException("interval levels are percentages from 1 to below 100 (for "
                        + "example 80, 95); got " + l);
            }
        }
        return Arrays.stream(levels).sorted().distinct().toArray();
    }
}
