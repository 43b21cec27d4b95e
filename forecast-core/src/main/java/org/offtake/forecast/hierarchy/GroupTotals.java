package org.offtake.forecast.hierarchy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.offtake.forecast.SamplePaths;

/**
 * The groups and the grand total of a {@link Hierarchy}, summed from reconciled items as they come: bottom-up above
 * the items. Items are reconciled one at a time ({@link Hierarchy#itemBlock}); each result is {@link #add added}
 * here and can then be dropped, so memory holds one mean and one set of paths per group, never every item's.
 * Because each path of a group is the sum of the same path of its items, the groups are coherent with the items path
 * by path, and their quantiles come from coherent paths.
 *
 * <p>Paths of different items are summed as they are: path {@code j} of one item with path {@code j} of another.
 * Nothing relates them (each item block is simulated and reconciled apart), so a group's spread is that of
 * independent items.
 *
 * <p>Sums are taken in the order items are added; add them in a fixed order for results that are the same bit for
 * bit. Not thread-safe: add from one thread.
 */
public final class GroupTotals {

    private final Hierarchy hierarchy;
    private final Map<String, List<String>> aggregatesOfItem = new LinkedHashMap<>();
    private final Map<String, double[]> means = new LinkedHashMap<>();
    private final Map<String, double[][]> paths = new LinkedHashMap<>();
    private final Set<String> added = new LinkedHashSet<>();
    private int horizon = -1;
    private int pathCount = -1;

    private GroupTotals(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
        for (String item : hierarchy.items()) {
            List<String> up = new ArrayList<>(hierarchy.parents(item));
            aggregatesOfItem.put(item, up);
        }
    }

    /** Empty totals for every group and the total of {@code hierarchy}. */
    public static GroupTotals of(Hierarchy hierarchy) {
        return new GroupTotals(Objects.requireNonNull(hierarchy, "hierarchy"));
    }

    /** The keys of the groups and of the total, as {@link Hierarchy#nodes()} orders them. */
    public List<String> keys() {
        return hierarchy.nodes().stream().filter(n -> n.level() == Level.TOTAL || n.level() == Level.GROUP)
                .map(Node::key).toList();
    }

    /**
     * Adds one item's reconciled forecasts to its groups and the total.
     *
     * @throws IllegalArgumentException if the block is not an item block of the hierarchy, the item was added
     *                                  before, or its horizon or path count differs from the items added before
     *                                  (paths: all items with paths or none)
     */
    public GroupTotals add(Reconciled item) {
        Block block = item.block();
        String key = block.name();
        if (block.aggregateCount() != 1 || !aggregatesOfItem.containsKey(key)
                || !block.aggregateKeys().get(0).equals(key)) {
            throw new IllegalArgumentException("block '" + key + "' is not an item block of the hierarchy; add the "
                    + "results of Hierarchy.itemBlock(item), one per item");
        }
        if (!added.add(key)) {
            throw new IllegalArgumentException("item '" + key + "' was already added");
        }
        if (horizon < 0) {
            horizon = item.horizon();
            pathCount = item.pathCount();
        } else if (item.horizon() != horizon || item.pathCount() != pathCount) {
            added.remove(key);
            throw new IllegalArgumentException("item '" + key + "': horizon " + item.horizon() + " with "
                    + item.pathCount() + " paths, expected horizon " + horizon + " with " + pathCount
                    + " paths as the items added before");
        }
        double[] mean = item.mean(key);
        for (String agg : aggregatesOfItem.get(key)) {
            double[] sum = means.computeIfAbsent(agg, k -> new double[horizon]);
            for (int t = 0; t < horizon; t++) {
                sum[t] += mean[t];
            }
            if (pathCount > 0) {
                double[][] sums = paths.computeIfAbsent(agg, k -> new double[pathCount][horizon]);
                for (int p = 0; p < pathCount; p++) {
                    for (int t = 0; t < horizon; t++) {
                        sums[p][t] += item.value(key, p, t);
                    }
                }
            }
        }
        return this;
    }

    /** The items not added yet, in the hierarchy's order. */
    public List<String> missingItems() {
        return hierarchy.items().stream().filter(i -> !added.contains(i)).toList();
    }

    /**
     * The means of group or total {@code key}: the sum of its items' reconciled means.
     *
     * @throws IllegalArgumentException if {@code key} is not a group or the total
     * @throws IllegalStateException    if an item under it has not been added (the message names it)
     */
    public double[] mean(String key) {
        requireComplete(key);
        return means.get(key).clone();
    }

    /**
     * The paths of group or total {@code key}: per path, the sum of its items' reconciled paths.
     *
     * @throws IllegalArgumentException if {@code key} is not a group or the total
     * @throws IllegalStateException    if an item under it has not been added, or the items had no paths
     */
    public SamplePaths paths(String key) {
        requireComplete(key);
        if (pathCount <= 0) {
            throw new IllegalStateException("group '" + key + "': the items were reconciled without sample paths");
        }
        return SamplePaths.of(key, "sum of reconciled items", paths.get(key));
    }

    private void requireComplete(String key) {
        Node node = hierarchy.node(key);
        if (node.level() != Level.GROUP && node.level() != Level.TOTAL) {
            throw new IllegalArgumentException("'" + key + "' is not a group or the total; GroupTotals holds "
                    + keys() + " (items and bottoms are in each item's Reconciled)");
        }
        for (String item : hierarchy.children(key)) {
            if (!added.contains(item)) {
                throw new IllegalStateException("'" + key + "' is not complete: item '" + item
                        + "' has not been added (" + missingItems().size() + " items missing in all)");
            }
        }
    }
}
