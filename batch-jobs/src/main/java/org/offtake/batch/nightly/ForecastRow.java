package org.offtake.batch.nightly;

/**
 * One month of one published forecast: level {@code item_region}, {@code item} or {@code manufacturer_item}.
 */
record ForecastRow(String itemCode, String level, String region, String manufacturerId, String period, double mean,
                   double lower95, double lower80, double upper80, double upper95, String model) {
}
