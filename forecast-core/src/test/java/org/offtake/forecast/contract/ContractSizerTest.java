package org.offtake.forecast.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.SamplePaths;

class ContractSizerTest {

    private static final YearMonth JAN_2027 = YearMonth.of(2027, 1);

    /** Paths whose monthly value is constant, so that path p totals {@code yearTotals[p]} in every year. */
    private static SamplePaths flatPaths(double[] yearTotals, int months) {
        double[][] p = new double[yearTotals.length][months];
        for (int i = 0; i < yearTotals.length; i++) {
            java.util.Arrays.fill(p[i], yearTotals[i] / 12);
        }
        return SamplePaths.of("item", "test model", p);
    }

    private static double[] oneToHundred() {
        double[] t = new double[100];
        for (int i = 0; i < 100; i++) {
            t[i] = i + 1;
        }
        return t;
    }

    @Test
    void size_firmIsTheCriticalFractileOfCoveredDemand_roundedToTheCheaperPack() {
        // covered demand per year: 0.5, 1.0, ..., 50; type-8 quantile at 3 / (3 + 1) = 0.75:
        // h = (100 + 1/3) 0.75 + 1/3 = 75.5833..., x(75) + 0.5833... (x(76) - x(75)) = 37.5 + 0.2917 = 37.7917
        ContractTerms terms = ContractTerms.builder(JAN_2027, 1).share(0.5).costs(1, 3).build();
        ContractRecommendation r = ContractSizer.size("m/item", flatPaths(oneToHundred(), 12), JAN_2027, terms);
        ContractPeriod y1 = r.years().get(0);
        double[] covered = new double[100];
        for (int i = 0; i < 100; i++) {
            covered[i] = 0.5 * (i + 1);
        }
        double cost37 = ContractSizer.Risk.of(37, covered, terms).expectedCost();
        double cost38 = ContractSizer.Risk.of(38, covered, terms).expectedCost();
        assertThat(y1.firm()).isEqualTo(cost38 < cost37 ? 38 : 37);
        assertThat(y1.p50()).isCloseTo(25.25, within(1e-9));
        // p = 0.1: h = 10.0333 + 0.3333 = 10.3667 -> 5 + 0.3667 * 0.5
        assertThat(y1.p10()).isCloseTo(5.183333333333334, within(1e-9));
        assertThat(y1.mean()).isCloseTo(25.25, within(1e-9));
        assertThat(y1.year()).isEqualTo(1);
        assertThat(y1.from()).isEqualTo(JAN_2027);
        assertThat(y1.to()).isEqualTo(YearMonth.of(2027, 12));
        assertThat(y1.option()).isZero();
    }

    @Test
    void size_risksAreAveragesOverPaths() {
        // covered demand 10 or 30, equally likely; costs 1 / 1 -> fractile 0.5, type-8 median of {10, 30} = 20
        SamplePaths paths = flatPaths(new double[] {10, 30, 10, 30}, 12);
        ContractTerms terms = ContractTerms.builder(JAN_2027, 1).costs(1, 1).build();
        ContractPeriod y = ContractSizer.size("k", paths, JAN_2027, terms).years().get(0);
        assertThat(y.firm()).isEqualTo(20);
        assertThat(y.expectedShortfall()).isEqualTo(5);
        assertThat(y.expectedExcess()).isEqualTo(5);
        assertThat(y.probabilityOfExcess()).isEqualTo(0.5);
        assertThat(y.expectedCost()).isEqualTo(10);
    }

    @Test
    void size_firmMinimisesExpectedCostOverPackMultiples() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] p = new double[500][36];
        for (double[] path : p) {
            double level = 100 + 40 * random.nextGaussian();
            for (int t = 0; t < 36; t++) {
                path[t] = Math.max(0, level + 15 * random.nextGaussian());
            }
        }
        SamplePaths paths = SamplePaths.of("k", "m", p);
        ContractTerms terms = ContractTerms.builder(JAN_2027, 3).costs(2, 5).packSize(24).build();
        ContractRecommendation r = ContractSizer.size("k", paths, JAN_2027, terms);
        for (ContractPeriod y : r.years()) {
            double[] covered = paths.totals(12 * (y.year() - 1), 12 * y.year());
            assertThat(y.firm() % 24).isZero();
            double at = ContractSizer.Risk.of(y.firm(), covered, terms).expectedCost();
            assertThat(at).isEqualTo(y.expectedCost());
            for (int k = -5; k <= 5; k++) {
                assertThat(ContractSizer.Risk.of(y.firm() + 24 * k, covered, terms).expectedCost())
                        .as("year %d, %d packs off", y.year(), k).isGreaterThanOrEqualTo(at);
            }
        }
    }

    @Test
    void size_termDistributionComesFromCumulativePaths_notFromAddingQuantiles() {
        // year 1 and year 2 demands move in opposite directions, so the two-year total is 200 on every path
        double[][] p = new double[101][24];
        for (int i = 0; i <= 100; i++) {
            java.util.Arrays.fill(p[i], 0, 12, (50.0 + i) / 12);
            java.util.Arrays.fill(p[i], 12, 24, (150.0 - i) / 12);
        }
        ContractTerms terms = ContractTerms.builder(JAN_2027, 2).build();
        ContractRecommendation r = ContractSizer.size("k", SamplePaths.of("k", "m", p), JAN_2027, terms);
        assertThat(r.term().p10()).isCloseTo(200, within(1e-9));
        assertThat(r.term().p90()).isCloseTo(200, within(1e-9));
        assertThat(r.years().get(0).p10() + r.years().get(1).p10()).isLessThan(190);
        assertThat(r.term().firm()).isEqualTo(r.years().get(0).firm() + r.years().get(1).firm());
        assertThat(r.term().expectedCost()).isCloseTo(r.years().get(0).expectedCost()
                + r.years().get(1).expectedCost(), within(1e-9));
        assertThat(r.term().isWholeTerm()).isTrue();
        assertThat(r.term().from()).isEqualTo(JAN_2027);
        assertThat(r.term().to()).isEqualTo(YearMonth.of(2028, 12));
        // years 1 and 2 each commit near their upper quartile; some path has excess in one of them
        assertThat(r.term().probabilityOfExcess()).isGreaterThanOrEqualTo(r.years().get(0).probabilityOfExcess());
    }

    @Test
    void size_contractStartingLater_usesTheMonthsFromItsStart() {
        double[][] p = new double[10][30];
        for (double[] path : p) {
            java.util.Arrays.fill(path, 0, 6, 1000);   // before the contract: ignored
            java.util.Arrays.fill(path, 6, 18, 10);
            java.util.Arrays.fill(path, 18, 30, 20);
        }
        ContractTerms terms = ContractTerms.builder(YearMonth.of(2027, 7), 2).share(0.5).build();
        ContractRecommendation r = ContractSizer.size("k", SamplePaths.of("k", "m", p), JAN_2027, terms);
        assertThat(r.years()).extracting(ContractPeriod::firm).containsExactly(60.0, 120.0);
        assertThat(r.years().get(1).from()).isEqualTo(YearMonth.of(2028, 7));
    }

    @Test
    void size_capacityCapsTheFirmVolumeInWholePacks_andSaysSo() {
        ContractTerms terms = ContractTerms.builder(JAN_2027, 1).capacityPerYear(55).packSize(10).build();
        ContractPeriod y = ContractSizer.size("k", flatPaths(new double[] {100, 120, 140}, 12), JAN_2027, terms)
                .years().get(0);
        assertThat(y.firm()).isEqualTo(50);
        assertThat(y.reason()).contains("capacity");
    }

    @Test
    void size_minimumOrder_raisesTheFirmVolumeWhenCheaperThanNothing_elseDropsItToZero() {
        SamplePaths paths = flatPaths(new double[] {8, 9, 10, 11, 12}, 12);
        ContractTerms raised = ContractTerms.builder(JAN_2027, 1).minimumOrder(13).build();
        ContractPeriod up = ContractSizer.size("k", paths, JAN_2027, raised).years().get(0);
        assertThat(up.firm()).isEqualTo(13);
        assertThat(up.reason()).contains("minimum order");

        ContractTerms dropped = ContractTerms.builder(JAN_2027, 1).minimumOrder(200).build();
        ContractPeriod none = ContractSizer.size("k", paths, JAN_2027, dropped).years().get(0);
        assertThat(none.firm()).isZero();
        assertThat(none.expectedShortfall()).isEqualTo(10);
        assertThat(none.reason()).contains("below the minimum order");
    }

    @Test
    void size_optionBandReachesTheChosenQuantileWithinCapacity() {
        ContractTerms terms = ContractTerms.builder(JAN_2027, 1).optionUpTo(0.95).build();
        ContractPeriod y = ContractSizer.size("k", flatPaths(oneToHundred(), 12), JAN_2027, terms).years().get(0);
        // type-8 0.95 quantile of 1..100: h = 95.3167 + 0.3333 = 95.65 -> 95.65; option up to it in whole units
        assertThat(y.firm() + y.option()).isEqualTo(96);
        ContractTerms capped = ContractTerms.builder(JAN_2027, 1).optionUpTo(0.95).capacityPerYear(80).build();
        ContractPeriod c = ContractSizer.size("k", flatPaths(oneToHundred(), 12), JAN_2027, capped).years().get(0);
        assertThat(c.firm() + c.option()).isEqualTo(80);
        assertThat(c.reason()).contains("Optional: up to");
    }

    @Test
    void size_reasonStatesTheFiguresInWords() {
        ContractTerms terms = ContractTerms.builder(JAN_2027, 1).share(0.6).costs(1, 3).packSize(10).build();
        ContractRecommendation r = ContractSizer.size("k", flatPaths(new double[] {1000, 2000, 3000}, 12),
                JAN_2027, terms);
        String reason = r.years().get(0).reason();
        assertThat(reason).startsWith("Year 1 (2027-01 to 2027-12): commit ")
                .contains("the 75th percentile of the demand this contract covers")
                .contains("60 % of the item's demand")
                .contains("cost 1)").contains("cost 3)")
                .contains("packs of 10")
                .contains("Forecast: test model.");
        assertThat(r.term().reason()).startsWith("Whole term, 1 year from 2027-01: commit ");
        assertThat(r.model()).isEqualTo("test model");
    }

    @Test
    void size_negativePathTotalsCountAsNoDemand() {
        ContractPeriod y = ContractSizer.size("k", flatPaths(new double[] {-50, -10, 30}, 12), JAN_2027,
                ContractTerms.builder(JAN_2027, 1).build()).years().get(0);
        assertThat(y.p10()).isZero();
        assertThat(y.firm()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void size_rejectsContractsOutsideThePaths_namingTheContract() {
        SamplePaths paths = flatPaths(new double[] {1, 2}, 24);
        assertThatThrownBy(() -> ContractSizer.size("ACME/amoxicillin", paths, JAN_2027,
                ContractTerms.builder(YearMonth.of(2026, 12), 1).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ACME/amoxicillin'").hasMessageContaining("before the first forecast month");
        assertThatThrownBy(() -> ContractSizer.size("ACME/amoxicillin", paths, JAN_2027,
                ContractTerms.builder(YearMonth.of(2027, 2), 2).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs forecasts for 25 months").hasMessageContaining("have 24");
    }

    @Test
    void terms_rejectValuesOutOfRange_statingTheRange() {
        assertThatThrownBy(() -> ContractTerms.builder(JAN_2027, 11).build())
                .hasMessageContaining("termYears must be a whole number of years from 1 to 10, was 11");
        assertThatThrownBy(() -> ContractTerms.builder(JAN_2027, 0).build()).hasMessageContaining("was 0");
        assertThatThrownBy(() -> ContractTerms.builder(JAN_2027, 1).share(1.5).build())
                .hasMessageContaining("share must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> ContractTerms.builder(JAN_2027, 1).costs(0, 3).build())
                .hasMessageContaining("overCost must be positive");
        assertThatThrownBy(() -> ContractTerms.builder(JAN_2027, 1).packSize(0).build())
                .hasMessageContaining("packSize must be positive");
        assertThatThrownBy(() -> ContractTerms.builder(JAN_2027, 1).capacityPerYear(0).build())
                .hasMessageContaining("capacityPerYear must be positive");
        assertThatThrownBy(() -> ContractTerms.builder(JAN_2027, 1).optionUpTo(0.6).build())
                .hasMessageContaining("above the critical fractile 0.75");
        assertThat(ContractTerms.builder(JAN_2027, 3).build().end()).isEqualTo(YearMonth.of(2030, 1));
    }
}
