package org.offtake.batch.nightly;

import java.util.List;

import org.offtake.forecast.SamplePaths;

/**
 * An item's base forecasts, what the forecast step hands the reconcile step through the run's work folder
 * ({@link SpillFiles}): per node of the item's block (the national total, then each region, keys as
 * {@link ItemNodes} makes them) its model, base mean and sample paths.
 *
 * @param itemNo   the item's number in the run
 * @param itemCode the item
 * @param nodes    the nodes, in block order
 */
record ItemForecasts(long itemNo, String itemCode, List<Node> nodes) {

    /**
     * A node's base forecast; {@code mean} and {@code paths} are null for a node the reconciliation method does not
     * need forecast.
     *
     * @param key   the node's key
     * @param model the model's description (with the fallback's reason when the fallback forecast it)
     * @param mean  the base mean, one per step
     * @param paths the base sample paths
     */
    record Node(String key, String model, double[] mean, SamplePaths paths) {

        /** Whether the node was forecast. */
        boolean forecast() {
            return mean != null;
        }
    }

    /** The node called {@code key}. */
    Node node(String key) {
        for (Node n : nodes) {
            if (n.key().equals(key)) {
                return n;
            }
        }
        throw new IllegalArgumentException("item " + itemCode + " has no node '" + key + "'");
    }
}
