/**
 * The {@code nightlyForecast} job: one {@code @Configuration} ({@link
 * org.offtake.batch.nightly.NightlyForecastJobConfiguration}) with one bean per step, and the readers, processors
 * and writers they use. Forecasting, reconciliation, shares and contract sizing are calls into {@code forecast-core};
 * this package is wiring, SQL and files.
 */
package org.offtake.batch.nightly;
