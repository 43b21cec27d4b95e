package org.offtake.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offtake.forecast.RCsv;

/**
 * Every reconciliation method against base R on a fixed hierarchy (total of two items, of three and two regions),
 * with values written by {@code src/test/resources/r/hierarchy_reference.R}, which computes {@code P = (S' W^-1
 * S)^-1 S' W^-1} with {@code solve} and the MinT shrinkage intensity from the formula of R's {@code hts}, written
 * out.
 *
 * <p>Tolerance 1e-9 relative: both sides do the same arithmetic in double precision by different routes (the
 * constraint form here, the projection through {@code W^-1} in R), so they agree to a few units in the last places;
 * the inputs are read back exactly ({@code %.17g}).
 */
class ReconcilerReferenceTest {

    private static final double TOLERANCE = 1e-9;
    private static final Map<String, Map<String, double[]>> INPUT = RCsv.values("hierarchy-input.csv");
    private static final Map<String, Map<Integer, Double>> REFERENCE = reference();

    static Hierarchy hierarchy() {
        return Hierarchy.builder()
                .bottom("A/r1", "A", "r1").bottom("A/r2", "A", "r2").bottom("A/r3", "A", "r3")
                .bottom("B/r1", "B", "r1").bottom("B/r2", "B", "r2")
                .total("all")
                .build();
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String block : List.of("whole", "A")) {
            for (String method : List.of("OLS", "WLS_STRUCTURAL", "WLS_VARIANCE", "MINT_SHRINK", "MINT_SHRINK_NONNEG",
                    "BOTTOM_UP")) {
                out.add(Arguments.of(block, method));
            }
        }
        for (String method : List.of("TOP_DOWN_AVERAGE_PROPORTIONS", "TOP_DOWN_PROPORTIONS_OF_AVERAGES",
                "TOP_DOWN_FORECAST_PROPORTIONS")) {
            out.add(Arguments.of("A", method));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void reconcile_matchesBaseR(String blockName, String methodName) {
        Block block = blockName.equals("whole") ? hierarchy().wholeBlock() : hierarchy().itemBlock(blockName);
        boolean nonNegative = methodName.endsWith("_NONNEG");
        ReconciliationMethod method = ReconciliationMethod.valueOf(methodName.replace("_NONNEG", ""));
        Reconciler.Builder b = Reconciler.builder().method(method);
        if (nonNegative) {
            b.nonNegative();
        }
        Reconciled r = b.build().reconcile(base(block));
        int compared = 0;
        for (String key : block.keys()) {
            double[] mean = r.mean(key);
            for (int t = 0; t < mean.length; t++) {
                double expected = REFERENCE.get(blockName + "," + methodName + "," + key).get(t);
                assertThat(mean[t]).as(blockName + " " + methodName + " " + key + " step " + t)
                        .isCloseTo(expected, within(TOLERANCE * Math.max(1, Math.abs(expected))));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(block.size() * 3);
    }

    @Test
    void mintShrink_lambdaMatchesHtsFormula() {
        for (String blockName : List.of("whole", "A")) {
            Block block = blockName.equals("whole") ? hierarchy().wholeBlock() : hierarchy().itemBlock(blockName);
            Reconciled r = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK).build().reconcile(base(block));
            double expected = REFERENCE.get(blockName + ",MINT_SHRINK,lambda").get(0);
            assertThat(expected).isBetween(0.05, 0.95);
            assertThat(r.shrinkage()).hasValueCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void reference_nonNegativeCaseHasANegativeBottomToFix() {
        assertThat(REFERENCE.get("whole,MINT_SHRINK,B/r2").get(2)).isNegative();
        assertThat(REFERENCE.get("whole,MINT_SHRINK_NONNEG,B/r2").get(2)).isZero();
    }

    /** Base forecasts of every node of the block, with residuals and histories. */
    static BaseForecasts base(Block block) {
        BaseForecasts.Builder b = BaseForecasts.builder(block);
        for (String key : block.keys()) {
            Map<String, double[]> in = INPUT.get(key);
            b.mean(key, in.get("mean")).residuals(key, in.get("residual"));
            if (in.containsKey("history")) {
                b.history(key, in.get("history"));
            }
        }
        return b.build();
    }

    private static Map<String, Map<Integer, Double>> reference() {
        Map<String, Map<Integer, Double>> out = new LinkedHashMap<>();
        for (String[] f : RCsv.rows("hierarchy-reference.csv")) {
            out.computeIfAbsent(f[0] + "," + f[1] + "," + f[2], k -> new LinkedHashMap<>())
                    .put(Integer.parseInt(f[3]), Double.parseDouble(f[4]));
        }
        return out;
    }
}
