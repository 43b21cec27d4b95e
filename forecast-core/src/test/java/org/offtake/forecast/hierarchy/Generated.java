package org.offtake.forecast.hierarchy;

import java.util.SplittableRandom;

import org.offtake.forecast.SamplePaths;

/**
 * Seeded, generated hierarchies and base forecasts for the property tests: items with 1 to 8 regions, incoherent
 * base means and paths, residuals with a common factor per item, histories with some zero periods.
 */
final class Generated {

    static final int HORIZON = 4;
    static final int PATHS = 50;
    static final int PERIODS = 30;

    private Generated() {
    }

    /** {@code items} items named {@code item0...}, each in 1 to 8 regions, in two ATC groups, with a total. */
    static Hierarchy hierarchy(int items, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Hierarchy.Builder b = Hierarchy.builder();
        for (int i = 0; i < items; i++) {
            int regions = 1 + random.nextInt(8);
            for (int r = 0; r < regions; r++) {
                b.bottom("item" + i + "/R" + r, "item" + i, "R" + r);
            }
        }
        return b.grouping("atc", item -> Integer.parseInt(item.substring(4)) % 2 == 0 ? "J01" : "A10")
                .total("all").build();
    }

    /** Base forecasts of every node of {@code block}: means, paths, residuals and histories. */
    static BaseForecasts base(Block block, long seed) {
        return builder(block, seed, true).build();
    }

    static BaseForecasts.Builder builder(Block block, long seed, boolean withPaths) {
        SplittableRandom random = new SplittableRandom(seed);
        BaseForecasts.Builder b = BaseForecasts.builder(block);
        int n = block.size();
        double[] level = new double[n];
        for (int i = 0; i < n; i++) {
            level[i] = i < block.aggregateCount() ? 10.0 * block.bottomsOf(block.keys().get(i)).size()
                    : 1 + 20 * random.nextDouble();
        }
        double[] common = new double[PERIODS];
        for (int t = 0; t < PERIODS; t++) {
            common[t] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            String key = block.keys().get(i);
            double[] mean = new double[HORIZON];
            for (int t = 0; t < HORIZON; t++) {
                mean[t] = level[i] * (0.7 + 0.6 * random.nextDouble());
            }
            b.mean(key, mean);
            double[] residuals = new double[PERIODS];
            for (int t = 0; t < PERIODS; t++) {
                residuals[t] = Math.sqrt(level[i]) * (0.8 * common[t] + random.nextGaussian());
            }
            b.residuals(key, residuals);
            if (i >= block.aggregateCount()) {
                double[] history = new double[PERIODS];
                for (int t = 0; t < PERIODS; t++) {
                    history[t] = random.nextDouble() < 0.2 ? 0 : Math.round(level[i] * 2 * random.nextDouble());
                }
                b.history(key, history);
            }
            if (withPaths) {
                double[][] paths = new double[PATHS][HORIZON];
                for (int p = 0; p < PATHS; p++) {
                    for (int t = 0; t < HORIZON; t++) {
                        paths[p][t] = mean[t] + Math.sqrt(level[i]) * 2 * random.nextGaussian();
                    }
                }
                b.paths(SamplePaths.of(key, "generated", paths));
            }
        }
        return b;
    }
}
