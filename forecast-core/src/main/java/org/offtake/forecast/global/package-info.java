/**
 * A global forecasting model: one gradient-boosted tree ensemble trained on a group of related series
 * ({@link org.offtake.forecast.global.GlobalBoostedTrees}), giving each series of the group a
 * {@link org.offtake.forecast.FittedModel} ({@link org.offtake.forecast.global.GlobalFit#model(String)}).
 *
 * <p>The only package of forecast-core that uses Smile (GPL-3), an optional dependency: applications that use it
 * add {@code com.github.haifengl:smile-core} to their own dependencies.
 */
package org.offtake.forecast.global;
