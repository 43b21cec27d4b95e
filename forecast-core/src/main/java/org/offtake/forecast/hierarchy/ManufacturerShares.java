package org.offtake.forecast.hierarchy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.offtake.forecast.SamplePaths;

/**
 * The shares of one item's demand that each manufacturer supplies, from the distributor's purchase history, and the
 * contracted shares the caller fixes. A manufacturer's purchase volume is the item's demand times its share
 * ({@link #volumes}); the shares add up to one, so the volumes add up to the item.
 *
 * <pre>{@code
 * ManufacturerShares shares = ManufacturerShares.builder("amoxicillin-500mg")
 *         .purchases("Nobel AFF", nobel)            // monthly purchases from each listed manufacturer
 *         .purchases("Santo", santo)
 *         .itemPurchases(allPurchases)              // optional: everything bought, listed or not
 *         .recentPeriods(12)                        // shares over the last 12 months (default: whole history)
 *         .contracted("Nobel AFF", 0.6)             // optional: a contract fixes this share
 *         .build();
 * ManufacturerVolumes v = shares.volumes(reconciled.mean(item), reconciled.paths(item));
 * }</pre>
 *
 * <h2>How shares are set</h2>
 * <ol>
 * <li><b>Basis.</b> Each listed manufacturer's share is its purchases over the item's purchases, both summed over
 *     the basis window: the whole history, or the last {@code k} periods ({@link Builder#recentPeriods}). When the
 *     item had no purchases in the window, the whole history is used; when it never had any, the whole item goes to
 *     {@link #OTHERS}.</li>
 * <li><b>Others.</b> Purchases from manufacturers not listed (importers, manufacturers the caller does not track)
 *     are the item's purchases less the listed ones, given by {@link Builder#itemPurchases}; their share is kept as
 *     the manufacturer {@link #OTHERS}, so that volumes add up to the item's demand, not only to the listed
 *     manufacturers'. Without item purchases, the listed manufacturers are everything and others have no share.</li>
 * <li><b>Contracts.</b> A contracted share replaces the manufacturer's basis share (a new manufacturer with no
 *     history may be contracted). The rest, one minus the contracted shares, is split among the other listed
 *     manufacturers and {@link #OTHERS} in proportion to their basis shares; when those are all zero, it goes to
 *     {@link #OTHERS}.</li>
 * </ol>
 * Shares are fixed: the volume of a manufacturer on each path is the item's value on that path times its share, so
 * the uncertainty of volumes is that of demand, and the quantiles of a volume are the item's quantiles times the
 * share. Immutable.
 */
public final class ManufacturerShares {

    /** The pseudo-manufacturer that stands for purchases from manufacturers not listed. */
    public static final String OTHERS = "(others)";

    private final String item;
    private final Map<String, Double> shares;
    private final String basis;

    private ManufacturerShares(String item, Map<String, Double> shares, String basis) {
        this.item = item;
        this.shares = shares;
        this.basis = basis;
    }

    /** A builder for the shares of {@code item}. */
    public static Builder builder(String item) {
        Objects.requireNonNull(item, "item");
        if (item.isBlank()) {
            throw new IllegalArgumentException("item must not be blank");
        }
        return new Builder(item);
    }

    /** The item. */
    public String item() {
        return item;
    }

    /**
     * Every manufacturer's share, listed ones in the order given (contracted ones not listed after them), then
     * {@link #OTHERS}; each in {@code [0, 1]}, adding up to 1. {@link #OTHERS} is present when its share is above
     * zero.
     */
    public Map<String, Double> shares() {
        return shares;
    }

    /**
     * The share of {@code manufacturer}.
     *
     * @throws IllegalArgumentException if the manufacturer has no share for this item (the message lists those that
     *                                  have)
     */
    public double share(String manufacturer) {
        Double s = shares.get(manufacturer);
        if (s == null) {
            throw new IllegalArgumentException("item '" + item + "': no share for manufacturer '" + manufacturer
                    + "'; manufacturers with a share: " + shares.keySet());
        }
        return s;
    }

    /** How the shares were set, for example {@code last 12 periods, contracted: Nobel AFF}. */
    public String basis() {
        return basis;
    }

    /**
     * Volumes per manufacturer from the item's demand means (for example {@link Reconciled#mean}).
     *
     * @throws IllegalArgumentException if {@code itemMean} is empty or not finite
     */
    public ManufacturerVolumes volumes(double[] itemMean) {
        return ManufacturerVolumes.of(this, itemMean, null);
    }

    /**
     * Volumes per manufacturer from the item's demand means and paths (for example {@link Reconciled#mean} and
     * {@link Reconciled#paths}).
     *
     * @throws IllegalArgumentException if the paths' horizon differs from the means'
     */
    public ManufacturerVolumes volumes(double[] itemMean, SamplePaths itemPaths) {
        return ManufacturerVolumes.of(this, itemMean, Objects.requireNonNull(itemPaths, "itemPaths"));
    }

    @Override
    public String toString() {
        return "ManufacturerShares[" + item + ", " + basis + ", " + shares + "]";
    }

    /**
     * Builds {@link ManufacturerShares}. Each manufacturer's purchases and contracted share may be given once; the
     * item's purchases and the window once ({@link IllegalStateException} otherwise).
     */
    public static final class Builder {
        private final String item;
        private final Map<String, double[]> purchases = new LinkedHashMap<>();
        private final Map<String, Double> contracted = new LinkedHashMap<>();
        private double[] itemPurchases;
        private Integer recent;

        private Builder(String item) {
            this.item = item;
        }

        /**
         * Purchases of the item from {@code manufacturer}, one value per period, oldest first; every series given
         * covers the same periods.
         *
         * @throws IllegalArgumentException if the manufacturer is blank, {@link #OTHERS} or given twice, or a value
         *                                  is negative or not finite
         */
        public Builder purchases(String manufacturer, double... values) {
            name(manufacturer);
            if (purchases.containsKey(manufacturer)) {
                throw new IllegalArgumentException("item '" + item + "': purchases from '" + manufacturer
                        + "' given twice");
            }
            purchases.put(manufacturer, check("manufacturer '" + manufacturer + "'", values));
            return this;
        }

        /**
         * All purchases of the item, from any manufacturer, listed or not; what the listed manufacturers did not
         * supply is {@link #OTHERS}'.
         *
         * @throws IllegalArgumentException if a value is negative or not finite
         */
        public Builder itemPurchases(double... values) {
            if (itemPurchases != null) {
                throw new IllegalStateException("item '" + item + "': itemPurchases was already set");
            }
            itemPurchases = check("the item's purchases", values);
            return this;
        }

        /**
         * Shares over the last {@code periods} periods instead of the whole history (the whole history when it is
         * shorter).
         *
         * @throws IllegalArgumentException if {@code periods < 1}
         */
        public Builder recentPeriods(int periods) {
            if (recent != null) {
                throw new IllegalStateException("item '" + item + "': recentPeriods was already set");
            }
            if (periods < 1) {
                throw new IllegalArgumentException("item '" + item + "': recent periods must be at least 1, was "
                        + periods);
            }
            recent = periods;
            return this;
        }

        /**
         * A contracted share of {@code manufacturer}, which need not have any purchase history.
         *
         * @throws IllegalArgumentException if the share is not in {@code [0, 1]}, or the manufacturer is blank,
         *                                  {@link #OTHERS} or already contracted
         */
        public Builder contracted(String manufacturer, double share) {
            name(manufacturer);
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("item '" + item + "': contracted share of '" + manufacturer
                        + "' must be in [0, 1], was " + share);
            }
            if (contracted.putIfAbsent(manufacturer, share) != null) {
                throw new IllegalArgumentException("item '" + item + "': contracted share of '" + manufacturer
                        + "' given twice");
            }
            return this;
        }

        /**
         * Computes the shares.
         *
         * @throws IllegalArgumentException if no manufacturer is listed or contracted; the purchase series differ in
         *                                  length; the listed manufacturers bought more than the item's purchases
         *                                  in a period; the contracted shares add up to more than 1 (each message
         *                                  names the item)
         */
        public ManufacturerShares build() {
            if (purchases.isEmpty() && contracted.isEmpty()) {
                throw new IllegalArgumentException("item '" + item + "': no manufacturer; give purchases(...) or "
                        + "contracted(...)");
            }
            double contractedSum = contracted.values().stream().mapToDouble(Double::doubleValue).sum();
            if (contractedSum > 1 + 1e-12) {
                throw new IllegalArgumentException("item '" + item + "': contracted shares add up to "
                        + contractedSum + " " + contracted + "; they must add up to at most 1");
            }
            int length = itemPurchases != null ? itemPurchases.length : -1;
            String lengthOf = "the item's purchases";
            for (Map.Entry<String, double[]> e : purchases.entrySet()) {
                if (length < 0) {
                    length = e.getValue().length;
                    lengthOf = "manufacturer '" + e.getKey() + "'";
                } else if (e.getValue().length != length) {
                    throw new IllegalArgumentException("item '" + item + "': purchases from '" + e.getKey()
                            + "' have " + e.getValue().length + " periods, expected " + length + " as " + lengthOf);
                }
            }
            length = Math.max(length, 0);
            double[] total = itemPurchases != null ? itemPurchases : new double[length];
            if (itemPurchases == null) {
                for (double[] v : purchases.values()) {
                    for (int t = 0; t < length; t++) {
                        total[t] += v[t];
                    }
                }
            } else {
                for (int t = 0; t < length; t++) {
                    double listed = 0;
                    for (double[] v : purchases.values()) {
                        listed += v[t];
                    }
                    if (listed > total[t] * (1 + 1e-9) + 1e-9) {
                        throw new IllegalArgumentException("item '" + item + "': in period " + t + " the listed "
                                + "manufacturers supplied " + listed + ", more than the item's purchases of "
                                + total[t] + "; item purchases must include every manufacturer's");
                    }
                }
            }
            int from = recent == null ? 0 : Math.max(0, length - recent);
            String basis = recent == null ? "whole history" : "last " + Math.min(recent, length) + " periods";
            if (sum(total, from, length) == 0 && from > 0) {
                from = 0;
                basis = "whole history (no purchases in the last " + recent + " periods)";
            }
            double denominator = sum(total, from, length);
            Map<String, Double> raw = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : purchases.entrySet()) {
                raw.put(e.getKey(), denominator > 0 ? sum(e.getValue(), from, length) / denominator : 0);
            }
            double othersShare = 1;
            if (denominator > 0) {
                double listedAmount = 0;
                for (double[] v : purchases.values()) {
                    listedAmount += sum(v, from, length);
                }
                // Without item purchases the listed manufacturers are everything; with them, a remainder below
                // rounding is none.
                double remainder = itemPurchases == null ? 0 : denominator - listedAmount;
                othersShare = remainder > 1e-12 * denominator ? remainder / denominator : 0;
            }
            raw.put(OTHERS, othersShare);
            Map<String, Double> shares = new LinkedHashMap<>();
            if (contracted.isEmpty()) {
                shares.putAll(raw);
            } else {
                double rest = Math.max(0, 1 - contractedSum);
                double free = 0;
                for (Map.Entry<String, Double> e : raw.entrySet()) {
                    if (!contracted.containsKey(e.getKey())) {
                        free += e.getValue();
                    }
                }
                for (Map.Entry<String, Double> e : raw.entrySet()) {
                    String m = e.getKey();
                    if (contracted.containsKey(m)) {
                        shares.put(m, contracted.get(m));
                    } else if (free > 0) {
                        shares.put(m, rest * e.getValue() / free);
                    } else {
                        shares.put(m, m.equals(OTHERS) ? rest : 0.0);
                    }
                }
                for (Map.Entry<String, Double> e : contracted.entrySet()) {
                    shares.putIfAbsent(e.getKey(), e.getValue());
                }
                basis += ", contracted: " + String.join(", ", contracted.keySet());
            }
            // OTHERS last, and only when it has a share.
            double others = shares.remove(OTHERS);
            if (others > 0) {
                shares.put(OTHERS, others);
            }
            return new ManufacturerShares(item, Collections.unmodifiableMap(shares), basis);
        }

        private void name(String manufacturer) {
            Objects.requireNonNull(manufacturer, "manufacturer");
            if (manufacturer.isBlank() || manufacturer.equals(OTHERS)) {
                throw new IllegalArgumentException("item '" + item + "': manufacturer name must not be blank or '"
                        + OTHERS + "' (that stands for manufacturers not listed), was '" + manufacturer + "'");
            }
        }

        private double[] check(String what, double[] values) {
            for (int t = 0; t < values.length; t++) {
                if (!(values[t] >= 0) || Double.isInfinite(values[t])) {
                    throw new IllegalArgumentException("item '" + item + "': purchases of " + what + " at index " + t
                                    + " are " + values[t] + "; purchases must be finite and non-negative");
                }
            }
            return values.clone();
        }

        private static double sum(double[] v, int from, int to) {
            double s = 0;
            for (int t = from; t < to; t++) {
                s += v[t];
            }
            return s;
        }
    }

    /** The manufacturers with a share, in the order of {@link #shares()}. */
    List<String> manufacturers() {
        return new ArrayList<>(shares.keySet());
    }
}
