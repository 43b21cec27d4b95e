package org.offtake.datasets.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The knobs of the procurement generator. Two profiles are built in: {@link #sample()} (small enough to commit its
 * output) and {@link #national()} (the size of Kazakhstan's single distributor); {@link #builder()} starts from the
 * national values, {@link #toBuilder()} from any profile. Immutable; every value is checked when set, and the
 * cross-field rules in {@link Builder#build()}.
 */
public final class GeneratorProfile {

    private final String name;
    private final int items;
    private final int manufacturers;
    private final double domesticShare;
    private final int startYear;
    private final int years;
    private final Map<DemandPattern, Double> patternShares;
    private final double medianDemand;
    private final double growingShare;
    private final double decliningShare;
    private final double winterAmplitude;
    private final double tenderFrontLoading;
    private final int surgeYear;
    private final double surgeFactor;
    private final double newItemShare;
    private final double discontinuedShare;
    private final double annualInflation;
    private final double longTermShare;
    private final double singleSourceShare;
    private final int customersPerRegion;

    private GeneratorProfile(Builder b) {
        name = b.name;
        items = b.items;
        manufacturers = b.manufacturers;
        domesticShare = b.domesticShare;
        startYear = b.startYear;
        years = b.years;
        patternShares = Collections.unmodifiableMap(new EnumMap<>(b.patternShares));
        medianDemand = b.medianDemand;
        growingShare = b.growingShare;
        decliningShare = b.decliningShare;
        winterAmplitude = b.winterAmplitude;
        tenderFrontLoading = b.tenderFrontLoading;
        surgeYear = b.surgeYear;
        surgeFactor = b.surgeFactor;
        newItemShare = b.newItemShare;
        discontinuedShare = b.discontinuedShare;
        annualInflation = b.annualInflation;
        longTermShare = b.longTermShare;
        singleSourceShare = b.singleSourceShare;
        customersPerRegion = b.customersPerRegion;
    }

    /**
     * The national profile: 2,000 items, 150 manufacturers (40 % domestic), the 20 regions, 6 years of monthly
     * deliveries from January 2019 (a few million lines).
     */
    public static GeneratorProfile national() {
        return builder().build();
    }

    /** The sample profile: 8 items, 6 manufacturers (half domestic), the 20 regions, 4 years from January 2019. */
    public static GeneratorProfile sample() {
        return builder().name("sample").items(8).manufacturers(6).domesticShare(0.5).years(4).build();
    }

    /**
     * The built-in profile called {@code name}: {@code sample} or {@code national}.
     *
     * @throws IllegalArgumentException naming the built-in profiles otherwise
     */
    public static GeneratorProfile named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sample" -> sample();
            case "national" -> national();
            default -> throw new IllegalArgumentException("unknown profile '" + name
                    + "'; the built-in profiles are sample and national");
        };
    }

    /** A builder holding the national profile's values. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this profile's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.items = items;
        b.manufacturers = manufacturers;
        b.domesticShare = domesticShare;
        b.startYear = startYear;
        b.years = years;
        b.patternShares.putAll(patternShares);
        b.medianDemand = medianDemand;
        b.growingShare = growingShare;
        b.decliningShare = decliningShare;
        b.winterAmplitude = winterAmplitude;
        b.tenderFrontLoading = tenderFrontLoading;
        b.surgeYear = surgeYear;
        b.surgeFactor = surgeFactor;
        b.newItemShare = newItemShare;
        b.discontinuedShare = discontinuedShare;
        b.annualInflation = annualInflation;
        b.longTermShare = longTermShare;
        b.singleSourceShare = singleSourceShare;
        b.customersPerRegion = customersPerRegion;
        return b;
    }

    /** The profile's name. */
    public String name() {
        return name;
    }

    /** Items in the catalogue. */
    public int items() {
        return items;
    }

    /** Manufacturers. */
    public int manufacturers() {
        return manufacturers;
    }

    /** Share of manufacturers that are domestic. */
    public double domesticShare() {
        return domesticShare;
    }

    /** The first year (history starts in its January). */
    public int startYear() {
        return startYear;
    }

    /** Years of history. */
    public int years() {
        return years;
    }

    /** Months of history. */
    public int months() {
        return years * 12;
    }

    /** Share of item x region series drawn with each demand pattern (they add up to 1). */
    public Map<DemandPattern, Double> patternShares() {
        return patternShares;
    }

    /** National demand of the median item, units per month, before its group's scale. */
    public double medianDemand() {
        return medianDemand;
    }

    /** Share of items whose demand grows (4 % to 15 % a year). */
    public double growingShare() {
        return growingShare;
    }

    /** Share of items whose demand declines (4 % to 15 % a year). */
    public double decliningShare() {
        return decliningShare;
    }

    /** Amplitude of the winter peak of anti-infective (J) and respiratory (R) items: January is 1 + this. */
    public double winterAmplitude() {
        return winterAmplitude;
    }

    /** How strongly the annual tender front-loads deliveries: 0 none, 1 the built-in rhythm (January x 1.7). */
    public double tenderFrontLoading() {
        return tenderFrontLoading;
    }

    /** The year of the surge (2020). */
    public int surgeYear() {
        return surgeYear;
    }

    /** Height of the surge: demand of the affected groups is multiplied by up to 1 + this, in July. */
    public double surgeFactor() {
        return surgeFactor;
    }

    /** Share of items launched during the history. */
    public double newItemShare() {
        return newItemShare;
    }

    /** Share of items discontinued during the history. */
    public double discontinuedShare() {
        return discontinuedShare;
    }

    /** Annual price inflation. */
    public double annualInflation() {
        return annualInflation;
    }

    /** Share of items with a domestic manufacturer that get a long-term contract during the history. */
    public double longTermShare() {
        return longTermShare;
    }

    /** Share of lines outside long-term contracts bought from a single source. */
    public double singleSourceShare() {
        return singleSourceShare;
    }

    /** Customers per region. */
    public int customersPerRegion() {
        return customersPerRegion;
    }

    @Override
    public String toString() {
        return "GeneratorProfile[" + name + ": " + items + " items, " + manufacturers + " manufacturers ("
                + Math.round(domesticShare * 100) + " % domestic), " + years + " years from " + startYear
                + ", patterns " + patternShares + "]";
    }

    /** Builder of {@link GeneratorProfile}; starts from the national values. */
    public static final class Builder {

        private String name = "national";
        private int items = 2000;
        private int manufacturers = 150;
        private double domesticShare = 0.4;
        private int startYear = 2019;
        private int years = 6;
        private final EnumMap<DemandPattern, Double> patternShares = new EnumMap<>(Map.of(
                DemandPattern.SMOOTH, 0.45, DemandPattern.ERRATIC, 0.15, DemandPattern.INTERMITTENT, 0.25,
                DemandPattern.LUMPY, 0.15));
        private double medianDemand = 3000;
        private double growingShare = 0.3;
        private double decliningShare = 0.2;
        private double winterAmplitude = 0.35;
        private double tenderFrontLoading = 1;
        private int surgeYear = 2020;
        private double surgeFactor = 2.0;
        private double newItemShare = 0.1;
        private double discontinuedShare = 0.08;
        private double annualInflation = 0.09;
        private double longTermShare = 0.25;
        private double singleSourceShare = 0.05;
        private int customersPerRegion = 3;

        private Builder() {
        }

        /** The profile's name (letters, digits, {@code -} and {@code _}). */
        public Builder name(String value) {
            Objects.requireNonNull(value, "name");
            if (!value.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("name must be letters, digits, - or _, was '" + value + "'");
            }
            name = value;
            return this;
        }

        /** Items in the catalogue, 1 to 100,000. */
        public Builder items(int value) {
            items = checkRange("items", value, 1, 100_000);
            return this;
        }

        /** Manufacturers, 1 to 10,000. */
        public Builder manufacturers(int value) {
            manufacturers = checkRange("manufacturers", value, 1, 10_000);
            return this;
        }

        /** Share of domestic manufacturers, in [0, 1]. */
        public Builder domesticShare(double value) {
            domesticShare = checkShare("domesticShare", value);
            return this;
        }

        /** The first year, 2000 to 2100. */
        public Builder startYear(int value) {
            startYear = checkRange("startYear", value, 2000, 2100);
            return this;
        }

        /** Years of history, 2 to 30. */
        public Builder years(int value) {
            years = checkRange("years", value, 2, 30);
            return this;
        }

        /** Share of series with {@code pattern}, in [0, 1]; the four must add up to 1 in {@link #build()}. */
        public Builder patternShare(DemandPattern pattern, double value) {
            patternShares.put(Objects.requireNonNull(pattern, "pattern"), checkShare("patternShare", value));
            return this;
        }

        /** National demand of the median item, units per month, in [1, 1e7]. */
        public Builder medianDemand(double value) {
            medianDemand = checkRange("medianDemand", value, 1, 1e7);
            return this;
        }

        /** Share of growing items, in [0, 1]. */
        public Builder growingShare(double value) {
            growingShare = checkShare("growingShare", value);
            return this;
        }

        /** Share of declining items, in [0, 1]. */
        public Builder decliningShare(double value) {
            decliningShare = checkShare("decliningShare", value);
            return this;
        }

        /** Winter amplitude of J and R items, in [0, 0.9]. */
        public Builder winterAmplitude(double value) {
            winterAmplitude = checkRange("winterAmplitude", value, 0, 0.9);
            return this;
        }

        /** Front-loading of tender deliveries, in [0, 1.4]. */
        public Builder tenderFrontLoading(double value) {
            tenderFrontLoading = checkRange("tenderFrontLoading", value, 0, 1.4);
            return this;
        }

        /** The surge year (any year; none happens when it is outside the history). */
        public Builder surgeYear(int value) {
            surgeYear = checkRange("surgeYear", value, 1900, 2200);
            return this;
        }

        /** Surge height, in [0, 10]. */
        public Builder surgeFactor(double value) {
            surgeFactor = checkRange("surgeFactor", value, 0, 10);
            return this;
        }

        /** Share of items launched during the history, in [0, 1]. */
        public Builder newItemShare(double value) {
            newItemShare = checkShare("newItemShare", value);
            return this;
        }

        /** Share of items discontinued during the history, in [0, 1]. */
        public Builder discontinuedShare(double value) {
            discontinuedShare = checkShare("discontinuedShare", value);
            return this;
        }

        /** Annual price inflation, in [-0.5, 2]. */
        public Builder annualInflation(double value) {
            annualInflation = checkRange("annualInflation", value, -0.5, 2);
            return this;
        }

        /** Share of items (with a domestic manufacturer) that get a long-term contract, in [0, 1]. */
        public Builder longTermShare(double value) {
            longTermShare = checkShare("longTermShare", value);
            return this;
        }

        /** Share of non-contract lines bought from a single source, in [0, 1]. */
        public Builder singleSourceShare(double value) {
            singleSourceShare = checkShare("singleSourceShare", value);
            return this;
        }

        /** Customers per region, 1 to 50. */
        public Builder customersPerRegion(int value) {
            customersPerRegion = checkRange("customersPerRegion", value, 1, 50);
            return this;
        }

        /**
         * The profile.
         *
         * @throws IllegalArgumentException if the pattern shares do not add up to 1, growing and declining shares
         *                                  add up to more than 1, or new and discontinued shares add up to more than 1
         */
        public GeneratorProfile build() {
            double sum = patternShares.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException("the demand pattern shares must add up to 1, were " + patternShares
                        + " (sum " + sum + ")");
            }
            if (growingShare + decliningShare > 1 + 1e-12) {
                throw new IllegalArgumentException("growingShare + decliningShare must be at most 1, were "
                        + growingShare + " + " + decliningShare);
            }
            if (newItemShare + discontinuedShare > 1 + 1e-12) {
                throw new IllegalArgumentException("newItemShare + discontinuedShare must be at most 1, were "
                        + newItemShare + " + " + discontinuedShare);
            }
            return new GeneratorProfile(this);
        }

        private static int checkRange(String what, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(what + " must be in [" + min + ", " + max + "], was " + value);
            }
            return value;
        }

        private static double checkRange(String what, double value, double min, double max) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(what + " must be in [" + min + ", " + max + "], was " + value);
            }
            return value;
        }

        private static double checkShare(String what, double value) {
            return checkRange(what, value, 0, 1);
        }
    }
}
