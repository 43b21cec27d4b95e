package org.offtake.forecast.hierarchy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A set of nodes reconciled together: some aggregates and the bottom series they sum. {@link Hierarchy#itemBlock}
 * gives one item's national total with its regions, the unit the library reconciles jointly; {@link
 * Hierarchy#wholeBlock} gives every node of a small hierarchy at once.
 *
 * <p>Nodes are ordered aggregates first, then bottoms, as in the summing matrix {@code S = [A; I]} (Hyndman et al.
 * 2011): row {@code i} of {@code S} has a one in column {@code j} when bottom {@code j} adds into node {@code i}.
 * Immutable.
 */
public final class Block {

    private final String name;
    private final List<String> keys;
    private final int aggregates;
    private final int[][] rows;
    private final Map<String, Integer> index;

    /**
     * @param rows for each aggregate, the indices (0-based, among the bottoms) of the bottoms it sums; at least one
     *             each
     */
    Block(String name, List<String> aggregateKeys, List<String> bottomKeys, int[][] rows) {
        this.name = name;
        this.aggregates = aggregateKeys.size();
        this.keys = java.util.stream.Stream.concat(aggregateKeys.stream(), bottomKeys.stream()).toList();
        this.rows = rows;
        this.index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
    }

    /** What the block is: the item's key for an item block, {@code whole hierarchy} for the whole one. */
    public String name() {
        return name;
    }

    /** Every node key, aggregates first, then bottoms. */
    public List<String> keys() {
        return keys;
    }

    /** The aggregate keys, in the order of {@link #keys()}. */
    public List<String> aggregateKeys() {
        return keys.subList(0, aggregates);
    }

    /** The bottom keys, in the order of {@link #keys()}. */
    public List<String> bottomKeys() {
        return keys.subList(aggregates, keys.size());
    }

    /** Number of nodes, {@code n}. */
    public int size() {
        return keys.size();
    }

    /** Number of aggregates, {@code n - m}. */
    public int aggregateCount() {
        return aggregates;
    }

    /** Number of bottom series, {@code m}. */
    public int bottomCount() {
        return keys.size() - aggregates;
    }

    /** Whether {@code key} is a node of this block. */
    public boolean contains(String key) {
        return index.containsKey(key);
    }

    /**
     * The position of {@code key} in {@link #keys()}.
     *
     * @throws IllegalArgumentException if the block has no such node (the message lists its keys)
     */
    public int indexOf(String key) {
        Integer i = index.get(Objects.requireNonNull(key, "key"));
        if (i == null) {
            throw new IllegalArgumentException("'" + key + "' is not a node of block '" + name + "'; its nodes are "
                    + keys);
        }
        return i;
    }

    /** The bottom keys that add up to node {@code key} (the node itself for a bottom). */
    public List<String> bottomsOf(String key) {
        int i = indexOf(key);
        if (i >= aggregates) {
            return List.of(key);
        }
        return Arrays.stream(rows[i]).mapToObj(j -> keys.get(aggregates + j)).toList();
    }

    /** The summing matrix {@code S}, {@code size() x bottomCount()}, as a new dense matrix. */
    public RealMatrix summingMatrix() {
        int m = bottomCount();
        RealMatrix s = new Array2DRowRealMatrix(size(), m);
        for (int k = 0; k < aggregates; k++) {
            for (int j : rows[k]) {
                s.setEntry(k, j, 1.0);
            }
        }
        for (int j = 0; j < m; j++) {
            s.setEntry(aggregates + j, j, 1.0);
        }
        return s;
    }

    /** For aggregate {@code k}, the bottom indices it sums (not copied: callers do not change it). */
    int[] row(int k) {
        return rows[k];
    }

    /**
     * {@code S b} along a path: the bottoms' rows of {@code out} ({@code out[na + j]}, {@code h} steps each) hold the
     * bottoms' values; each aggregate's row receives, step by step, the sum of its bottoms.
     */
    void aggregatePath(double[][] out, int h) {
        for (int k = 0; k < aggregates; k++) {
            double[] s = out[k];
            Arrays.fill(s, 0, h, 0.0);
            for (int j : rows[k]) {
                double[] bottom = out[aggregates + j];
                for (int t = 0; t < h; t++) {
                    s[t] += bottom[t];
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Block[" + name + ", " + aggregates + " aggregates, " + bottomCount() + " bottoms]";
    }
}
