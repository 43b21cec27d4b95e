package org.offtake.datasets.generate;

/**
 * A manufacturer of the generated catalogue.
 *
 * @param bin         the 12-digit business identification number
 * @param name        the name
 * @param domestic    whether it produces in Kazakhstan
 * @param priceFactor its prices relative to the item's reference price
 */
record Manufacturer(String bin, String name, boolean domestic, double priceFactor) {
}
