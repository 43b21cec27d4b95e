package org.offtake.forecast.contract;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.offtake.forecast.SamplePaths;
import org.offtake.forecast.internal.Quantiles;

/**
 * Sizes an offtake contract from sample paths of the item's monthly demand.
 *
 * <p>For each contract year the covered demand of each path is {@code share ×} the path's total over the year's
 * twelve months (negative totals count as zero); its distribution over the paths is the distribution of that year's
 * demand, and sums over several years are taken path by path, never by adding quantiles. The firm volume is the
 * newsvendor solution: the demand quantile at the critical fractile {@code underCost / (underCost + overCost)}
 * minimises {@code overCost × E[(firm − D)⁺] + underCost × E[(D − firm)⁺]} (Arrow, Harris &amp; Marschak 1951;
 * Silver, Pyke &amp; Thomas, <i>Inventory and Production Management in Supply Chains</i>, 4th ed. 2017, ch. 8). It
 * is then rounded to the pack multiple below or above, whichever has the lower expected cost over the paths; raised
 * to the minimum order, or dropped to zero, whichever costs less, when it falls below the minimum; and capped by the
 * manufacturer's capacity (in whole packs). The optional band reaches from the firm volume up to the chosen demand
 * quantile, in whole packs, within capacity.
 *
 * <p>Expected shortfall, expected excess, the probability of excess and the expected cost of the firm volume are
 * averages over the paths. The whole term's figures settle year by year: its expectations and cost are the sums of
 * the years', its probability of excess is that of an excess in at least one year, and its percentiles are those of
 * the cumulative demand over the term.
 *
 * <p>Quantiles are Hyndman &amp; Fan's definition 8, as everywhere in the library.
 */
public final class ContractSizer {

    private ContractSizer() {
    }

    /**
     * Sizes the contract.
     *
     * @param key        the contract's name, used in messages and the result
     * @param demand     sample paths of the item's monthly demand, step 0 being {@code firstMonth}
     * @param firstMonth the month of the paths' first step
     * @param terms      the contract's terms
     * @throws IllegalArgumentException naming the contract if it starts before the paths do or ends after them
     */
    public static ContractRecommendation size(String key, SamplePaths demand, YearMonth firstMonth,
                                              ContractTerms terms) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(terms, "terms");
        long offset = firstMonth.until(terms.start(), ChronoUnit.MONTHS);
        if (offset < 0) {
            throw new IllegalArgumentException("contract '" + key + "' starts in " + terms.start()
                    + ", before the first forecast month " + firstMonth + "; expected a start in or after it");
        }
        long needed = offset + 12L * terms.termYears();
        if (needed > demand.horizon()) {
            throw new IllegalArgumentException("contract '" + key + "' runs from " + terms.start() + " to "
                    + terms.end().minusMonths(1) + ", which needs forecasts for " + needed + " months from "
                    + firstMonth + "; the demand paths have " + demand.horizon());
        }
        int paths = demand.count();
        List<ContractPeriod> years = new ArrayList<>(terms.termYears());
        double[] cumulative = new double[paths];
        boolean[] anyExcess = new boolean[paths];
        double firmTotal = 0;
        double optionTotal = 0;
        double shortfallTotal = 0;
        double excessTotal = 0;
        double costTotal = 0;
        for (int y = 0; y < terms.termYears(); y++) {
            int from = (int) offset + 12 * y;
            double[] covered = demand.totals(from, from + 12);
            for (int p = 0; p < paths; p++) {
                covered[p] = terms.share() * Math.max(0, covered[p]);
                cumulative[p] += covered[p];
            }
            YearSizing sizing = YearSizing.of(covered, terms);
            for (int p = 0; p < paths; p++) {
                anyExcess[p] |= sizing.firm() > covered[p];
            }
            YearMonth start = terms.start().plusYears(y);
            years.add(sizing.period(y + 1, start, start.plusMonths(11), terms, demand.model()));
            firmTotal += sizing.firm();
            optionTotal += sizing.option();
            shortfallTotal += sizing.risk().expectedShortfall();
            excessTotal += sizing.risk().expectedExcess();
            costTotal += sizing.risk().expectedCost();
        }
        int excessPaths = 0;
        for (boolean b : anyExcess) {
            excessPaths += b ? 1 : 0;
        }
        double[] sorted = cumulative.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(cumulative).sum() / paths;
        double p10 = Quantiles.type8Sorted(sorted, 0.1);
        double p90 = Quantiles.type8Sorted(sorted, 0.9);
        double excessProbability = (double) excessPaths / paths;
        ContractPeriod term = new ContractPeriod(0, terms.start(), terms.end().minusMonths(1), firmTotal,
                optionTotal, mean, p10, Quantiles.type8Sorted(sorted, 0.5), p90, shortfallTotal, excessTotal,
                excessProbability, costTotal, Reasons.term(terms, firmTotal, optionTotal, mean, p10, p90, costTotal,
                excessProbability, demand.model()));
        return new ContractRecommendation(key, demand.model(), terms, years, term);
    }

    /** Expected shortfall, excess and cost of committing {@code firm} against a sample of demand. */
    record Risk(double expectedShortfall, double expectedExcess, double probabilityOfExcess, double expectedCost) {

        static Risk of(double firm, double[] demand, ContractTerms terms) {
            double shortfall = 0;
            double excess = 0;
            int excessPaths = 0;
            for (double d : demand) {
                if (d > firm) {
                    shortfall += d - firm;
                } else if (d < firm) {
                    excess += firm - d;
                    excessPaths++;
                }
            }
            int n = demand.length;
            return new Risk(shortfall / n, excess / n, (double) excessPaths / n,
                    (terms.overCost() * excess + terms.underCost() * shortfall) / n);
        }
    }

    /** What limited the firm volume of a year, for its reason. */
    enum Limit { NONE, CAPACITY, MINIMUM_RAISED, MINIMUM_DROPPED, CAPACITY_BELOW_MINIMUM }

    /** One contract year's sizing. */
    record YearSizing(double[] sorted, double target, double firm, double option, Limit limit, Risk risk) {

        static YearSizing of(double[] covered, ContractTerms terms) {
            double[] sorted = covered.clone();
            Arrays.sort(sorted);
            double pack = terms.packSize();
            double target = Quantiles.type8Sorted(sorted, terms.criticalFractile());
            double below = Math.floor(target / pack) * pack;
            double above = Math.ceil(target / pack) * pack;
            double firm = cost(above, covered, terms) < cost(below, covered, terms) ? above : below;
            Limit limit = Limit.NONE;
            double capacity = Math.floor(terms.capacityPerYear() / pack) * pack;
            double minimum = Math.ceil(terms.minimumOrder() / pack) * pack;
            if (firm > 0 && firm < minimum) {
                if (minimum > capacity) {
                    firm = 0;
                    limit = Limit.CAPACITY_BELOW_MINIMUM;
                } else if (cost(minimum, covered, terms) <= cost(0, covered, terms)) {
                    firm = minimum;
                    limit = Limit.MINIMUM_RAISED;
                } else {
                    firm = 0;
                    limit = Limit.MINIMUM_DROPPED;
                }
            }
            if (firm > capacity) {
                firm = capacity;
                limit = Limit.CAPACITY;
            }
            double option = 0;
            if (terms.optionQuantile().isPresent()) {
                double upTo = Quantiles.type8Sorted(sorted, terms.optionQuantile().getAsDouble());
                option = Math.max(0, Math.ceil((upTo - firm) / pack) * pack);
                option = Math.min(option, Math.max(0, capacity - firm));
            }
            return new YearSizing(sorted, target, firm, option, limit, Risk.of(firm, covered, terms));
        }

        private static double cost(double firm, double[] demand, ContractTerms terms) {
            return Risk.of(firm, demand, terms).expectedCost();
        }

        ContractPeriod period(int year, YearMonth from, YearMonth to, ContractTerms terms, String model) {
            double mean = Arrays.stream(sorted).sum() / sorted.length;
            double p10 = Quantiles.type8Sorted(sorted, 0.1);
            double p50 = Quantiles.type8Sorted(sorted, 0.5);
            double p90 = Quantiles.type8Sorted(sorted, 0.9);
            return new ContractPeriod(year, from, to, firm, option, mean, p10, p50, p90, risk.expectedShortfall(),
                    risk.expectedExcess(), risk.probabilityOfExcess(), risk.expectedCost(),
                    Reasons.year(year, from, to, terms, this, p10, p50, p90, model));
        }
    }
}
