package org.offtake.forecast.hierarchy;

/**
 * The in-sample one-step residuals of a block's nodes as one matrix: rows are periods, columns the block's nodes in
 * {@link Block#keys()} order. Residual series are aligned at their last value (every series of a block ends in the
 * same period); only periods in which every node has a residual are kept, the complete cases.
 */
final class Residuals {

    private Residuals() {
    }

    /**
     * The complete-case residual rows of {@code base}'s nodes.
     *
     * @param purpose what needs them, for the error message
     * @throws IllegalArgumentException if a node has no residuals, or fewer than two periods are complete
     */
    static double[][] complete(Block block, BaseForecasts base, String purpose) {
        int n = block.size();
        int length = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (!base.hasResiduals(i)) {
                throw new IllegalArgumentException("series '" + block.keys().get(i) + "': " + purpose + " needs the "
                        + "in-sample one-step residuals of every node of block '" + block.name() + "'; give them "
                        + "with residuals(key, values) or fitted(FittedModel)");
            }
            length = Math.min(length, base.residuals(i).length);
        }
        double[][] rows = new double[length][];
        int kept = 0;
        for (int t = 0; t < length; t++) {
            double[] row = new double[n];
            boolean complete = true;
            for (int i = 0; i < n && complete; i++) {
                double[] r = base.residuals(i);
                row[i] = r[r.length - length + t];
                complete = !Double.isNaN(row[i]);
            }
            if (complete) {
                rows[kept++] = row;
            }
        }
        if (kept < 2) {
            throw new IllegalArgumentException("block '" + block.name() + "': " + purpose + " needs at least 2 "
                    + "periods in which every node has a residual (aligned at the last period), found " + kept);
        }
        return java.util.Arrays.copyOf(rows, kept);
    }
}
