/**
 * Hierarchies of demand series, forecast reconciliation and per-manufacturer volumes. Start at {@link
 * org.offtake.forecast.hierarchy.Hierarchy}, {@link org.offtake.forecast.hierarchy.Reconciler} and {@link
 * org.offtake.forecast.hierarchy.ManufacturerShares}.
 *
 * <pre>{@code
 * Hierarchy h = Hierarchy.builder().bottom("amox/KZ-ALA", "amox", "KZ-ALA").bottom("amox/KZ-AST", "amox", "KZ-AST")
 *         .grouping("atc", atcGroupOfItem).build();
 * Reconciler mint = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).nonNegative().build();
 * GroupTotals groups = GroupTotals.of(h);
 * for (String item : h.items()) {
 *     Block block = h.itemBlock(item);                  // the item's national total and its regions
 *     BaseForecasts.Builder base = BaseForecasts.builder(block);
 *     for (String key : block.keys()) {                 // one fitted model per node
 *         FittedModel fit = fits.get(key);
 *         base.forecast(fit.forecast(12)).paths(fit.simulate(12, 1000, 42L)).fitted(fit);
 *     }
 *     Reconciled r = mint.reconcile(base.build());      // regions add up to the item, path by path
 *     groups.add(r);                                    // ATC groups and total: sums of reconciled items
 *     ManufacturerVolumes v = sharesOf(item).volumes(r.mean(item), r.paths(item));
 * }
 * }</pre>
 *
 * <h2>Blocks, and what is reconciled jointly</h2>
 * An item's regions add up to the item, and nothing else adds into them; groups add up items. The library reconciles
 * each item with its regions as one block, and sums reconciled items into groups and the total. So an item's national
 * forecast is informed by its regional forecasts and the other way round, but not by the group's own forecast:
 * forecasting demand of an ATC group as a series of its own is seldom useful to a distributor whose items are
 * counted in different units. A small hierarchy can be reconciled as one block at every level ({@link
 * org.offtake.forecast.hierarchy.Hierarchy#wholeBlock()}).
 *
 * <h2>Dependence between series' paths</h2>
 * Paths are reconciled jointly (path {@code j} of every node of a block together), but they can only carry the
 * dependence they were drawn with: simulated series by series, they are independent, and an item's paths summed
 * from independent regions are too narrow when regions move together. {@link
 * org.offtake.forecast.hierarchy.Reconciler.Builder#reorderPaths(long)} imposes the rank dependence of the in-sample
 * residuals by reordering whole paths (an empirical copula; see {@code PathReordering}'s javadoc in the source).
 * Items are never related to one another: group totals are sums of independent items.
 *
 * <h2>References</h2>
 * <ul>
 * <li>Hyndman, R. J., Ahmed, R. A., Athanasopoulos, G. &amp; Shang, H. L. (2011). Optimal combination forecasts for
 *     hierarchical time series. Computational Statistics &amp; Data Analysis 55(9):2579-2589.</li>
 * <li>Wickramasuriya, S. L., Athanasopoulos, G. &amp; Hyndman, R. J. (2019). Optimal forecast reconciliation for
 *     hierarchical and grouped time series through trace minimization. Journal of the American Statistical
 *     Association 114(526):804-819.</li>
 * <li>Schäfer, J. &amp; Strimmer, K. (2005). A shrinkage approach to large-scale covariance matrix estimation and
 *     implications for functional genomics. Statistical Applications in Genetics and Molecular Biology 4(1),
 *     article 32.</li>
 * <li>Athanasopoulos, G., Hyndman, R. J., Kourentzes, N. &amp; Petropoulos, F. (2017). Forecasting with temporal
 *     hierarchies. European Journal of Operational Research 262(1):60-74 (structural scaling).</li>
 * <li>Hyndman, R. J., Lee, A. J. &amp; Wang, E. (2016). Fast computation of reconciled forecasts for hierarchical and
 *     grouped time series. Computational Statistics &amp; Data Analysis 97:16-32 (variance scaling).</li>
 * <li>Gross, C. W. &amp; Sohl, J. E. (1990). Disaggregation methods to expedite product line forecasting. Journal of
 *     Forecasting 9(3):233-254.</li>
 * <li>Athanasopoulos, G., Ahmed, R. A. &amp; Hyndman, R. J. (2009). Hierarchical forecasts for Australian domestic
 *     tourism. International Journal of Forecasting 25(1):146-166.</li>
 * <li>Di Fonzo, T. &amp; Girolimetto, D. (2023). Spatio-temporal reconciliation of solar forecasts. Solar Energy
 *     251:13-29 (set-negative-to-zero).</li>
 * <li>Wickramasuriya, S. L., Turlach, B. A. &amp; Hyndman, R. J. (2020). Optimal non-negative forecast
 *     reconciliation. Statistics and Computing 30(5):1167-1182.</li>
 * <li>Panagiotelis, A., Gamakumara, P., Athanasopoulos, G. &amp; Hyndman, R. J. (2023). Probabilistic forecast
 *     reconciliation: properties, evaluation and score optimisation. European Journal of Operational Research
 *     306(2):693-706.</li>
 * <li>Schefzik, R., Thorarinsdottir, T. L. &amp; Gneiting, T. (2013). Uncertainty quantification in complex
 *     simulation models using ensemble copula coupling. Statistical Science 28(4):616-640.</li>
 * <li>Ben Taieb, S., Taylor, J. W. &amp; Hyndman, R. J. (2021). Hierarchical probabilistic forecasting of electricity
 *     demand with smart meter data. Journal of the American Statistical Association 116(533):27-43.</li>
 * </ul>
 */
package org.offtake.forecast.hierarchy;
