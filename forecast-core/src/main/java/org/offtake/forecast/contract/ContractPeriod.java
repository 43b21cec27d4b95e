package org.offtake.forecast.contract;

import java.time.YearMonth;

/**
 * The recommendation for one contract year, or for the whole term, with the distribution of the demand the
 * contract covers and the risks of the firm volume. Volumes are in the item's units.
 *
 * @param year                the contract year, 1 to the term; 0 for the whole term
 * @param from                the first month of the period
 * @param to                  the last month of the period
 * @param firm                the volume to commit
 * @param option              the optional volume on top of the firm one (zero without an option band)
 * @param mean                the mean covered demand over the period
 * @param p10                 the 10th percentile of covered demand over the period
 * @param p50                 its median
 * @param p90                 its 90th percentile
 * @param expectedShortfall   the expected demand above the firm volume (bought elsewhere)
 * @param expectedExcess      the expected firm volume not needed
 * @param probabilityOfExcess the probability that the firm volume is more than needed (for the whole term: in at
 *                            least one year)
 * @param expectedCost        {@code overCost × expectedExcess + underCost × expectedShortfall}
 * @param reason              the figures explained in a sentence or two a planner can read
 */
public record ContractPeriod(int year, YearMonth from, YearMonth to, double firm, double option, double mean,
                             double p10, double p50, double p90, double expectedShortfall, double expectedExcess,
                             double probabilityOfExcess, double expectedCost, String reason) {

    /** Whether this is the whole term rather than one contract year. */
    public boolean isWholeTerm() {
        return year == 0;
    }
}
