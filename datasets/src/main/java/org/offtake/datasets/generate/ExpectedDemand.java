package org.offtake.datasets.generate;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The noise-free demand of one item in one region in one month: the expected value, over the generator's randomness,
 * of the quantity delivered (summed over manufacturers and customers). Forecasts of the generated history can be
 * scored against it.
 *
 * @param itemCode         the item
 * @param region           the region code
 * @param period           the month
 * @param expectedQuantity the expected quantity, 0 before the item's launch and after its discontinuation
 */
public record ExpectedDemand(String itemCode, String region, YearMonth period, double expectedQuantity) {

    /** @throws IllegalArgumentException if the quantity is negative or not finite */
    public ExpectedDemand {
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
        if (!(expectedQuantity >= 0) || Double.isInfinite(expectedQuantity)) {
            throw new IllegalArgumentException("expectedQuantity must be finite and not negative, was "
                    + expectedQuantity + " for " + itemCode + "/" + region + " " + period);
        }
    }
}
