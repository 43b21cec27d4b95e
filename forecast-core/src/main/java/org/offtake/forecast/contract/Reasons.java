package org.offtake.forecast.contract;

import java.time.YearMonth;
import java.util.Locale;

/** The sentences that explain a recommendation to a planner. */
final class Reasons {

    private Reasons() {
    }

    static String year(int year, YearMonth from, YearMonth to, ContractTerms terms, ContractSizer.YearSizing s,
                       double p10, double p50, double p90, String model) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Year %d (%s to %s): commit %s", year, from, to, units(s.firm())));
        b.append(switch (s.limit()) {
            case NONE -> String.format(Locale.ROOT, ", the %s percentile of the demand this contract covers",
                    ordinal(100 * terms.criticalFractile()));
            case CAPACITY -> String.format(Locale.ROOT, ", the manufacturer's capacity; the %s percentile of "
                    + "covered demand, %s, is more than it can make", ordinal(100 * terms.criticalFractile()),
                    units(s.target()));
            case MINIMUM_RAISED -> String.format(Locale.ROOT, ", the minimum order; the %s percentile of covered "
                    + "demand, %s, is below it, and committing the minimum costs less than committing nothing",
                    ordinal(100 * terms.criticalFractile()), units(s.target()));
            case MINIMUM_DROPPED -> String.format(Locale.ROOT, ": the %s percentile of covered demand, %s, is "
                    + "below the minimum order of %s, and committing the minimum would cost more than buying "
                    + "elsewhere", ordinal(100 * terms.criticalFractile()), units(s.target()),
                    units(terms.minimumOrder()));
            case CAPACITY_BELOW_MINIMUM -> String.format(Locale.ROOT, ": the manufacturer's capacity of %s is "
                    + "below the minimum order of %s", units(terms.capacityPerYear()), units(terms.minimumOrder()));
        });
        b.append(String.format(Locale.ROOT, " (%s of the item's demand; 80 %% likely between %s and %s, median %s)",
                percent(terms.share()), units(p10), units(p90), units(p50)));
        if (s.limit() == ContractSizer.Limit.NONE) {
            b.append(String.format(Locale.ROOT, ". That level balances a unit committed but not needed (cost %s) "
                    + "against a unit needed but not committed (cost %s)", number(terms.overCost()),
                    number(terms.underCost())));
            if (terms.packSize() != 1) {
                b.append(String.format(Locale.ROOT, ", rounded to whole packs of %s", number(terms.packSize())));
            }
        }
        b.append('.');
        if (s.option() > 0) {
            b.append(String.format(Locale.ROOT, " Optional: up to %s more, to the %s percentile.", units(s.option()),
                    ordinal(100 * terms.optionQuantile().orElseThrow())));
        }
        b.append(String.format(Locale.ROOT, " Expected unused %s, expected bought elsewhere %s, %s chance of "
                        + "committing more than needed, expected cost %s. Forecast: %s.",
                units(s.risk().expectedExcess()), units(s.risk().expectedShortfall()),
                percent(s.risk().probabilityOfExcess()), number(s.risk().expectedCost()), model));
        return b.toString();
    }

    static String term(ContractTerms terms, double firm, double option, double mean, double p10, double p90,
                       double cost, double probabilityOfExcess, String model) {
        return String.format(Locale.ROOT, "Whole term, %d year%s from %s: commit %s in all%s; covered demand over "
                        + "the term is 80 %% likely between %s and %s (mean %s). Expected cost %s; %s chance that "
                        + "at least one year commits more than needed. Forecast: %s.", terms.termYears(),
                terms.termYears() == 1 ? "" : "s", terms.start(), units(firm),
                option > 0 ? " plus up to " + units(option) + " optional" : "", units(p10), units(p90), units(mean),
                number(cost), percent(probabilityOfExcess), model);
    }

    private static String units(double v) {
        return number(v) + " units";
    }

    /** Whole numbers with thousands separators, other values with up to two decimals. */
    static String number(double v) {
        if (Double.isInfinite(v)) {
            return "unlimited";
        }
        if (Math.abs(v - Math.rint(v)) < 1e-9 || Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
    }

    private static String ordinal(double percent) {
        long n = Math.round(percent);
        if (Math.abs(percent - n) > 1e-9) {
            return String.format(Locale.ROOT, "%.1fth", percent);
        }
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
