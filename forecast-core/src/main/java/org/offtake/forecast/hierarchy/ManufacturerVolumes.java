package org.offtake.forecast.hierarchy;

import java.util.List;
import java.util.Objects;

import org.offtake.forecast.SamplePaths;

/**
 * One item's forecast demand split among its manufacturers by {@link ManufacturerShares}: per manufacturer, means
 * and (when the item's paths were given) sample paths, each the item's times the share. Volumes of all manufacturers,
 * {@link ManufacturerShares#OTHERS} included, add up to the item's demand at every step and on every path, to
 * rounding (1e-15 relative). Series keys of the volumes are {@code item@manufacturer}. Immutable.
 */
public final class ManufacturerVolumes {

    private final ManufacturerShares shares;
    private final double[] itemMean;
    private final SamplePaths itemPaths;

    private ManufacturerVolumes(ManufacturerShares shares, double[] itemMean, SamplePaths itemPaths) {
        this.shares = shares;
        this.itemMean = itemMean;
        this.itemPaths = itemPaths;
    }

    static ManufacturerVolumes of(ManufacturerShares shares, double[] itemMean, SamplePaths itemPaths) {
        Objects.requireNonNull(itemMean, "itemMean");
        if (itemMean.length == 0) {
            throw new IllegalArgumentException("item '" + shares.item() + "': demand means need at least one step");
        }
        for (int t = 0; t < itemMean.length; t++) {
            if (!Double.isFinite(itemMean[t])) {
                throw new IllegalArgumentException("item '" + shares.item() + "': demand mean at step " + t + " is "
                        + itemMean[t]);
            }
        }
        if (itemPaths != null && itemPaths.horizon() != itemMean.length) {
            throw new IllegalArgumentException("item '" + shares.item() + "': paths of '" + itemPaths.seriesKey()
                    + "' have " + itemPaths.horizon() + " steps, expected " + itemMean.length
                    + " as the demand means");
        }
        return new ManufacturerVolumes(shares, itemMean.clone(), itemPaths);
    }

    /** The item. */
    public String item() {
        return shares.item();
    }

    /** The shares the volumes come from. */
    public ManufacturerShares shares() {
        return shares;
    }

    /** The manufacturers with a share, {@link ManufacturerShares#OTHERS} last when present. */
    public List<String> manufacturers() {
        return shares.manufacturers();
    }

    /** The series key of a manufacturer's volumes: {@code item@manufacturer}. */
    public String seriesKey(String manufacturer) {
        shares.share(manufacturer);
        return item() + "@" + manufacturer;
    }

    /**
     * The manufacturer's volume means, one per step: the item's means times its share.
     *
     * @throws IllegalArgumentException if the manufacturer has no share
     */
    public double[] mean(String manufacturer) {
        double s = shares.share(manufacturer);
        double[] v = new double[itemMean.length];
        for (int t = 0; t < v.length; t++) {
            v[t] = itemMean[t] * s;
        }
        return v;
    }

    /** Whether the item's paths were given. */
    public boolean hasPaths() {
        return itemPaths != null;
    }

    /**
     * The manufacturer's volume paths: each of the item's paths times its share, under {@link #seriesKey}. Their
     * quantiles, and the quantiles of their totals over a contract year, are the item's times the share.
     *
     * @throws IllegalArgumentException if the manufacturer has no share
     * @throws IllegalStateException    if no item paths were given
     */
    public SamplePaths paths(String manufacturer) {
        double s = shares.share(manufacturer);
        if (itemPaths == null) {
            throw new IllegalStateException("item '" + item() + "': volumes were derived from means only; give the "
                    + "item's paths to ManufacturerShares.volumes(mean, paths)");
        }
        double[][] v = new double[itemPaths.count()][];
        for (int p = 0; p < v.length; p++) {
            v[p] = itemPaths.path(p);
            for (int t = 0; t < v[p].length; t++) {
                v[p][t] *= s;
            }
        }
        return SamplePaths.of(seriesKey(manufacturer), itemPaths.model() + " x share " + s, v);
    }

    @Override
    public String toString() {
        return "ManufacturerVolumes[" + item() + ", " + shares.shares() + ", h=" + itemMean.length
                + (itemPaths == null ? "" : ", paths=" + itemPaths.count()) + "]";
    }
}
