package org.offtake.forecast.intermittent;

import org.offtake.forecast.ForecastModel;

/**
 * Models for intermittent demand: items bought in few periods, or in lumps (orphan drugs, annual tender deliveries).
 * Every model forecasts a flat demand rate per period and draws non-negative sample paths (see the
 * {@linkplain org.offtake.forecast.intermittent package documentation} for the method behind paths and
 * intervals).
 *
 * <pre>{@code
 * FittedModel fit = Intermittent.auto().fit(series);
 * Forecast f = fit.forecast(12, 80, 95);          // flat mean; bounds are whole numbers for count data
 * double[] year = fit.simulate(12, 2000, 42L).totals(0, 12);
 * DemandClassification c = DemandClassification.of(series);   // SMOOTH, ERRATIC, INTERMITTENT or LUMPY
 * }</pre>
 *
 * <p>All models take series whose values are zero or positive, and fail with an {@link IllegalArgumentException}
 * naming the series for an empty series or a negative value. Values need not be whole numbers. They agree on the
 * edge cases:
 * <ul>
 * <li>no demand at all: the forecast, the intervals and every path are zero;</li>
 * <li>a single demand of size {@code z} in period {@code q} (1-based): Croston forecasts {@code z / q}, as R's
 *     {@code croston}; the other methods use the same data by their own rules;</li>
 * <li>no zeros: every interval between demands is 1 and Croston reduces to simple exponential smoothing of the
 *     values.</li>
 * </ul>
 * Smoothing constants given explicitly must lie in {@code (0, 1]}. Optimised ones are searched in
 * {@code [0.05, 0.3]} by minimising the in-sample sum of squared one-step errors: the low constants the
 * intermittent-demand literature works with (Syntetos &amp; Boylan 2005 compare 0.05 to 0.2), since in-sample
 * squared error on few demands rewards constants that chase the last lumps (Kourentzes 2014); wider ranges forecast
 * worse on held-out months of the automotive data ({@code benchmarks/RESULTS.md}).
 */
public final class Intermittent {

    private Intermittent() {
    }

    /**
     * Croston's method (Croston 1972, "Forecasting and stock control for intermittent demands", Operational Research
     * Quarterly 23(3):289-303) as R's {@code forecast::croston}: simple exponential smoothing with constant 0.1 of
     * the non-zero sizes {@code z} and of the intervals {@code q} between demands, each started at its first value;
     * the forecast is {@code ẑ / q̂}.
     */
    public static ForecastModel croston() {
        return CrostonModel.fixed(false, CrostonModel.DEFAULT_ALPHA, CrostonModel.DEFAULT_ALPHA);
    }

    /**
     * Croston's method with the given smoothing constants for sizes and intervals.
     *
     * @throws IllegalArgumentException if a constant is not in {@code (0, 1]}
     */
    public static ForecastModel croston(double alphaSize, double alphaInterval) {
        return CrostonModel.fixed(false, check("alphaSize", alphaSize), check("alphaInterval", alphaInterval));
    }

    /**
     * Croston's method with both smoothing constants chosen in {@code [0.05, 0.3]} to minimise the in-sample sum of
     * squared one-step errors of the per-period forecast {@code ẑ / q̂} (two constants, as in Kourentzes 2014, "On
     * intermittent demand model optimisation and selection", International Journal of Production Economics
     * 156:180-190, there with other cost functions). With fewer than two demands there is nothing to fit and the
     * constants are 0.1.
     */
    public static ForecastModel crostonOptimized() {
        return CrostonModel.optimised(false);
    }

    /**
     * The Syntetos-Boylan approximation (Syntetos &amp; Boylan 2005, "The accuracy of intermittent demand
     * estimates", International Journal of Forecasting 21(2):303-314): Croston's forecast times
     * {@code 1 - b/2}, with {@code b} the constant that smooths the intervals, which removes most of Croston's
     * upward bias. Constants 0.1, as {@link #croston()}.
     */
    public static ForecastModel sba() {
        return CrostonModel.fixed(true, CrostonModel.DEFAULT_ALPHA, CrostonModel.DEFAULT_ALPHA);
    }

    /**
     * The Syntetos-Boylan approximation with the given constants; the correction is {@code 1 - alphaInterval / 2}.
     *
     * @throws IllegalArgumentException if a constant is not in {@code (0, 1]}
     */
    public static ForecastModel sba(double alphaSize, double alphaInterval) {
        return CrostonModel.fixed(true, check("alphaSize", alphaSize), check("alphaInterval", alphaInterval));
    }

    /**
     * TSB (Teunter, Syntetos &amp; Babai 2011, "Intermittent demand: linking forecasting to inventory obsolescence",
     * European Journal of Operational Research 214(3):606-615): the probability of demand is smoothed every period
     * (constant {@code β}), the size in periods with demand ({@code α}); the forecast is their product, and decays
     * while demand is absent. Starts from the share of periods with demand and the mean size; {@code α} and
     * {@code β} are chosen in {@code [0.05, 0.3]} to minimise the in-sample sum of squared one-step errors.
     */
    public static ForecastModel tsb() {
        return TsbModel.optimised();
    }

    /**
     * TSB with the given constants for the size ({@code alphaSize}) and the probability of demand
     * ({@code betaProbability}).
     *
     * @throws IllegalArgumentException if a constant is not in {@code (0, 1]}
     */
    public static ForecastModel tsb(double alphaSize, double betaProbability) {
        return TsbModel.fixed(check("alphaSize", alphaSize), check("betaProbability", betaProbability));
    }

    /**
     * ADIDA, the aggregate-disaggregate intermittent demand approach (Nikolopoulos, Syntetos, Boylan, Petropoulos
     * &amp; Assimakopoulos 2011, "An aggregate-disaggregate intermittent demand approach (ADIDA) to forecasting: an
     * empirical proposition and analysis", Journal of the Operational Research Society 62(3):544-554): demand is
     * summed over non-overlapping buckets of {@code k} periods, {@code k} the average inter-demand interval
     * {@code n / (number of demands)} rounded (at least 1), the newest bucket ending with the last observation; the
     * bucket totals are forecast by simple exponential smoothing started at their mean, with the constant chosen in
     * {@code [0.05, 0.3]} to minimise in-sample squared error (0.1 when there are fewer than three buckets); the
     * forecast total is spread equally over the {@code k} periods.
     */
    public static ForecastModel adida() {
        return AggregationModel.adida(Double.NaN);
    }

    /**
     * ADIDA with a fixed smoothing constant.
     *
     * @throws IllegalArgumentException if {@code alpha} is not in {@code (0, 1]}
     */
    public static ForecastModel adida(double alpha) {
        return AggregationModel.adida(check("alpha", alpha));
    }

    /**
     * IMAPA, the intermittent multiple aggregation prediction algorithm (Petropoulos &amp; Kourentzes 2015,
     * "Forecast combinations for intermittent demand", Journal of the Operational Research Society 66(6):914-924):
     * ADIDA's forecast at every aggregation level from 1 to the longest interval between demands (the default of
     * the authors' R package tsintermittent; at most {@code n}), each with its own optimised smoothing constant,
     * averaged. The paper chooses a method per level by classification; this version smooths every level with
     * simple exponential smoothing.
     */
    public static ForecastModel imapa() {
        return AggregationModel.imapa(Double.NaN);
    }

    /**
     * IMAPA with the same fixed smoothing constant at every level.
     *
     * @throws IllegalArgumentException if {@code alpha} is not in {@code (0, 1]}
     */
    public static ForecastModel imapa(double alpha) {
        return AggregationModel.imapa(check("alpha", alpha));
    }

    /**
     * The automatic intermittent-demand model. It classifies the series by {@link DemandClassification} and
     * forecasts the mean of three methods that read intermittent demand in different ways:
     * <ul>
     * <li>the Croston variant the classification calls for: {@link #croston()} for {@link DemandClass#SMOOTH}
     *     demand and {@link #sba()} for the other three classes, where Syntetos, Boylan &amp; Croston (2005) show
     *     the approximation has the lower mean squared error;</li>
     * <li>{@link #tsb()}, which follows a falling probability of demand;</li>
     * <li>{@link #imapa()}, which smooths over several aggregation levels.</li>
     * </ul>
     * The probability of demand behind its paths is the mean of the three methods' ({@code 1 / q̂} for the Croston
     * variant, {@code p̂} for TSB, the share of periods with demand for IMAPA). A series without demand forecasts
     * zero. The description records the class and the three fits, for example
     * {@code intermittent(LUMPY: mean of SBA, TSB(alphaSize=0.050, betaProbability=0.112), IMAPA(levels=1..4, ...))}.
     *
     * <p>Why a mean rather than a choice: on the 3,000 automotive spare-part series of Syntetos &amp; Boylan (2005),
     * with their last 6 training months held out, the mean forecast within 0.003 MASE of the best single method
     * (IMAPA, 0.895 against 0.898), and choosing among the three per series by squared error on the last third of
     * the training data forecast worse (0.901); on the test months IMAPA and the mean were level again (0.883 and
     * 0.884). The mean is kept because it does not bet on one reading of the demand (Petropoulos &amp; Kourentzes
     * 2015 recommend combining methods for intermittent demand) and because its TSB part lets the forecast fall for
     * an item that stops selling. Figures in {@code benchmarks/RESULTS.md}.
     */
    public static ForecastModel auto() {
        return AutoIntermittent.INSTANCE;
    }

    private static double check(String name, double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException(name + " must be a smoothing constant in (0, 1], was " + alpha);
        }
        return alpha;
    }
}
