/**
 * Intermittent-demand forecasting: Croston's method and its variants, TSB, temporal aggregation (ADIDA, IMAPA), the
 * Syntetos-Boylan-Croston demand classification, and an automatic model. Start at {@link
 * org.offtake.forecast.intermittent.Intermittent} and {@link org.offtake.forecast.intermittent.DemandClassification}.
 *
 * <h2>Sample paths and intervals</h2>
 *
 * <p>Intermittent demand is zero in many periods and whole in most data; a normal interval around a flat forecast
 * would be negative at the bottom and fractional everywhere. Every model here draws its paths from one generator, a
 * compound Bernoulli process with bootstrapped sizes anchored to the model's point forecast:
 * <ol>
 * <li>per path, a rate multiplier from a bootstrap replicate of the observed periods (the uncertainty of a demand
 *     rate estimated from {@code n} periods, shared by all steps of the path, so that a year's total is not too
 *     narrow);</li>
 * <li>per step, demand with the model's probability of demand;</li>
 * <li>a demand's size drawn from the observed non-zero sizes (the bootstrap of Willemain, Smart &amp; Schwarz 2004,
 *     International Journal of Forecasting 20(3):375-387), scaled so that the expected demand per period is the
 *     point forecast, and rounded at random, keeping its mean, to a whole number when the data are whole
 *     numbers.</li>
 * </ol>
 * Paths are never negative and are whole numbers for count data; the same seed gives the same paths on any thread
 * ({@link java.util.SplittableRandom} seeded per call).
 *
 * <p>Prediction intervals are taken from 4,000 such paths drawn with a fixed seed. Their bounds are values the paths
 * take (whole numbers for count data): the lower bound is the {@code (1 - L) / 2} quantile by the inverse empirical
 * distribution function, and the upper bound the smallest value that puts at least {@code L} of the paths in the
 * interval. Where zero demand is likely, the lower bound is 0 and the upper bound takes the whole {@code 1 - L} that
 * is left, instead of the equal-tailed interval that would cover far more than {@code L}. Measured coverage is in
 * {@code benchmarks/RESULTS.md}.
 *
 * <h2>References</h2>
 * <ul>
 * <li>Croston, J. D. (1972). Forecasting and stock control for intermittent demands. Operational Research
 *     Quarterly 23(3):289-303.</li>
 * <li>Syntetos, A. A. &amp; Boylan, J. E. (2005). The accuracy of intermittent demand estimates. International
 *     Journal of Forecasting 21(2):303-314.</li>
 * <li>Syntetos, A. A., Boylan, J. E. &amp; Croston, J. D. (2005). On the categorization of demand patterns. Journal
 *     of the Operational Research Society 56(5):495-503.</li>
 * <li>Teunter, R. H., Syntetos, A. A. &amp; Babai, M. Z. (2011). Intermittent demand: linking forecasting to
 *     inventory obsolescence. European Journal of Operational Research 214(3):606-615.</li>
 * <li>Nikolopoulos, K., Syntetos, A. A., Boylan, J. E., Petropoulos, F. &amp; Assimakopoulos, V. (2011). An
 *     aggregate-disaggregate intermittent demand approach (ADIDA) to forecasting. Journal of the Operational
 *     Research Society 62(3):544-554.</li>
 * <li>Petropoulos, F. &amp; Kourentzes, N. (2015). Forecast combinations for intermittent demand. Journal of the
 *     Operational Research Society 66(6):914-924.</li>
 * <li>Kourentzes, N. (2014). On intermittent demand model optimisation and selection. International Journal of
 *     Production Economics 156:180-190.</li>
 * <li>Willemain, T. R., Smart, C. N. &amp; Schwarz, H. F. (2004). A new approach to forecasting intermittent demand
 *     for service parts inventories. International Journal of Forecasting 20(3):375-387.</li>
 * <li>Hyndman, R. J. &amp; Fan, Y. (1996). Sample quantiles in statistical packages. The American Statistician
 *     50(4):361-365.</li>
 * </ul>
 */
package org.offtake.forecast.intermittent;
