package org.offtake.datasets.generate;

/**
 * An item of the generated catalogue and everything about it that does not depend on the region: its demand curve
 * (base level, trend, seasonality, tender rhythm, surge, life), its reference price, and who supplies it each year.
 */
final class Item {

    /** Delivery rhythm of the annual tender, January to December: early deliveries are large. Mean 1. */
    static final double[] TENDER_RHYTHM = {1.7, 1.5, 1.3, 1.0, 0.9, 0.9, 0.85, 0.85, 0.8, 0.8, 0.7, 0.7};

    final String code;
    final String name;
    final String atc;
    final String unit;
    final double baseDemand;
    final double trend;
    final boolean winterPeak;
    final boolean surges;
    final int launch;
    final int end;
    final double price;
    final double[] yearPriceNoise;
    /** Indices into the catalogue's manufacturers. */
    final int[] suppliers;
    /** Share of each supplier, per year: {@code shares[year][k]}. */
    final double[][] shares;
    /** The supplier (index into {@link #suppliers}) holding a long-term contract, or -1. */
    final int contractSupplier;
    /** The year (0-based) the long-term contract starts, in January. */
    final int contractYear;

    Item(String code, String name, String atc, String unit, double baseDemand, double trend, int launch, int end,
         double price, double[] yearPriceNoise, int[] suppliers, double[][] shares, int contractSupplier,
         int contractYear) {
        this.code = code;
        this.name = name;
        this.atc = atc;
        this.unit = unit;
        this.baseDemand = baseDemand;
        this.trend = trend;
        this.winterPeak = atc.startsWith("J") || atc.startsWith("R");
        this.surges = atc.startsWith("J") || atc.startsWith("R") || atc.startsWith("B01") || atc.startsWith("H02");
        this.launch = launch;
        this.end = end;
        this.price = price;
        this.yearPriceNoise = yearPriceNoise;
        this.suppliers = suppliers;
        this.shares = shares;
        this.contractSupplier = contractSupplier;
        this.contractYear = contractYear;
    }

    /**
     * National expected demand in month {@code t} (0-based from the profile's start): base x trend x season x tender
     * rhythm x surge x life.
     */
    double nationalDemand(int t, GeneratorProfile profile) {
        if (t < launch || t >= end) {
            return 0;
        }
        int month = t % 12;
        int year = profile.startYear() + t / 12;
        double demand = baseDemand * StrictMath.pow(1 + trend, t / 12.0);
        if (winterPeak) {
            demand *= 1 + profile.winterAmplitude() * StrictMath.cos(2 * StrictMath.PI * month / 12);
        }
        demand *= 1 + profile.tenderFrontLoading() * (TENDER_RHYTHM[month] - 1);
        if (surges && year == profile.surgeYear()) {
            double distance = (month - 6) / 2.0;
            demand *= 1 + profile.surgeFactor() * StrictMath.exp(-distance * distance);
        }
        if (t - launch < 6 && launch > 0) {
            demand *= (t - launch + 1) / 6.0;
        }
        return demand;
    }

    /** Whether supplier {@code k} holds a long-term contract in year {@code year} (0-based). */
    boolean underContract(int k, int year) {
        return k == contractSupplier && year >= contractYear;
    }
}
