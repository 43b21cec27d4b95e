package org.offtake.batch.nightly;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * One item's monthly demand, as the forecast step takes it: the regions' series and the manufacturers' purchases,
 * all over the same months (from the item's first purchase to the as-of month, zero where nothing was bought).
 *
 * @param itemNo        the item's number in the run (item-code order, from 1)
 * @param itemCode      the item
 * @param start         the first month of every series
 * @param regions       demand per region (region names as in the input, {@code ""} when the input had none), in
 *                      region order
 * @param manufacturers purchases per manufacturer, in manufacturer order
 * @param domestic      the item's manufacturers that are domestic
 */
record ItemBlock(long itemNo, String itemCode, YearMonth start, Map<String, double[]> regions,
                 Map<String, double[]> manufacturers, Set<String> domestic) {

    /** Months per series. */
    int length() {
        return regions.values().iterator().next().length;
    }

    /** The item's national demand: the sum of its regions. */
    double[] total() {
        double[] total = new double[length()];
        for (double[] region : regions.values()) {
            for (int t = 0; t < total.length; t++) {
                total[t] += region[t];
            }
        }
        return total;
    }
}
