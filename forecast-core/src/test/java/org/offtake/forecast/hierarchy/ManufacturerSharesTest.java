package org.offtake.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.SamplePaths;

class ManufacturerSharesTest {

    /** Nobel 90 of 270 over six periods, 60 of 120 over the last three; Santo 120 and 30; others 60 and 30. */
    private static final double[] NOBEL = {10, 10, 10, 20, 20, 20};
    private static final double[] SANTO = {30, 30, 30, 10, 10, 10};
    private static final double[] ITEM = {50, 50, 50, 40, 40, 40};

    private static ManufacturerShares.Builder amox() {
        return ManufacturerShares.builder("amox").purchases("Nobel", NOBEL).purchases("Santo", SANTO)
                .itemPurchases(ITEM);
    }

    @Test
    void shares_overTheWholeHistory_keepOthersForUnlistedManufacturers() {
        ManufacturerShares s = amox().build();
        assertThat(s.shares()).containsOnlyKeys("Nobel", "Santo", ManufacturerShares.OTHERS);
        assertThat(s.share("Nobel")).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(s.share("Santo")).isCloseTo(4.0 / 9, within(1e-15));
        assertThat(s.share(ManufacturerShares.OTHERS)).isCloseTo(2.0 / 9, within(1e-15));
        assertThat(sum(s)).isCloseTo(1, within(1e-15));
        assertThat(s.basis()).isEqualTo("whole history");
    }

    @Test
    void shares_overRecentPeriods_useTheLastPeriodsOnly() {
        ManufacturerShares s = amox().recentPeriods(3).build();
        assertThat(s.shares()).containsExactly(entry("Nobel", 0.5), entry("Santo", 0.25),
                entry(ManufacturerShares.OTHERS, 0.25));
        assertThat(s.basis()).isEqualTo("last 3 periods");
        assertThat(amox().recentPeriods(100).build().share("Nobel")).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void shares_withoutItemPurchases_splitEverythingAmongTheListed() {
        ManufacturerShares s = ManufacturerShares.builder("amox").purchases("Nobel", NOBEL).purchases("Santo", SANTO)
                .build();
        assertThat(s.shares()).containsOnlyKeys("Nobel", "Santo");
        assertThat(s.share("Nobel")).isCloseTo(3.0 / 7, within(1e-15));
        assertThat(s.share("Santo")).isCloseTo(4.0 / 7, within(1e-15));
    }

    @Test
    void contractedShare_isFixed_andTheRestSplitByRecentShares() {
        ManufacturerShares s = amox().recentPeriods(3).contracted("Nobel", 0.6).build();
        assertThat(s.share("Nobel")).isEqualTo(0.6);
        assertThat(s.share("Santo")).isCloseTo(0.2, within(1e-15));
        assertThat(s.share(ManufacturerShares.OTHERS)).isCloseTo(0.2, within(1e-15));
        assertThat(s.basis()).isEqualTo("last 3 periods, contracted: Nobel");
    }

    @Test
    void contractedShare_ofANewManufacturer_scalesTheOthersDown() {
        ManufacturerShares s = amox().recentPeriods(3).contracted("Khimpharm", 0.3).build();
        assertThat(s.shares().keySet()).containsExactly("Nobel", "Santo", "Khimpharm", ManufacturerShares.OTHERS);
        assertThat(s.share("Khimpharm")).isEqualTo(0.3);
        assertThat(s.share("Nobel")).isCloseTo(0.35, within(1e-15));
        assertThat(s.share("Santo")).isCloseTo(0.175, within(1e-15));
        assertThat(s.share(ManufacturerShares.OTHERS)).isCloseTo(0.175, within(1e-15));
        assertThat(sum(s)).isCloseTo(1, within(1e-15));
    }

    @Test
    void contractedShare_whenNobodyElseSupplied_leavesTheRestToOthers() {
        ManufacturerShares s = ManufacturerShares.builder("amox").purchases("Nobel", NOBEL).contracted("Nobel", 0.8)
                .build();
        assertThat(s.shares().keySet()).containsExactly("Nobel", ManufacturerShares.OTHERS);
        assertThat(s.share("Nobel")).isEqualTo(0.8);
        assertThat(s.share(ManufacturerShares.OTHERS)).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void contractedShares_aboveOne_areRejectedNamingTheItem() {
        assertThatThrownBy(() -> amox().contracted("Nobel", 0.7).contracted("Santo", 0.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'amox': contracted shares add up to 1.2")
                .hasMessageContaining("must add up to at most 1");
        assertThatThrownBy(() -> amox().contracted("Nobel", 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'amox': contracted share of 'Nobel' must be in [0, 1], was 1.5");
    }

    @Test
    void shares_withoutRecentPurchases_fallBackToTheWholeHistory_andWithoutAnyGoToOthers() {
        ManufacturerShares s = ManufacturerShares.builder("rare").purchases("Nobel", 6, 0, 0, 0)
                .purchases("Santo", 2, 0, 0, 0).recentPeriods(2).build();
        assertThat(s.shares()).containsExactly(entry("Nobel", 0.75), entry("Santo", 0.25));
        assertThat(s.basis()).isEqualTo("whole history (no purchases in the last 2 periods)");
        ManufacturerShares none = ManufacturerShares.builder("new").purchases("Nobel", 0, 0).itemPurchases(0, 0)
                .build();
        assertThat(none.shares()).containsExactly(entry("Nobel", 0.0), entry(ManufacturerShares.OTHERS, 1.0));
    }

    @Test
    void volumes_addUpToTheItem_forMeansAndEveryPath() {
        ManufacturerShares s = amox().recentPeriods(3).contracted("Khimpharm", 0.3).build();
        SplittableRandom random = new SplittableRandom(9);
        double[][] p = new double[300][12];
        for (double[] path : p) {
            for (int t = 0; t < path.length; t++) {
                path[t] = Math.max(0, 1000 + 300 * random.nextGaussian());
            }
        }
        SamplePaths itemPaths = SamplePaths.of("amox", "m", p);
        double[] mean = new double[12];
        for (int t = 0; t < 12; t++) {
            mean[t] = itemPaths.mean(t);
        }
        ManufacturerVolumes v = s.volumes(mean, itemPaths);
        assertThat(v.manufacturers()).containsExactly("Nobel", "Santo", "Khimpharm", ManufacturerShares.OTHERS);
        java.util.Map<String, SamplePaths> volumePaths = new java.util.LinkedHashMap<>();
        for (String m : v.manufacturers()) {
            volumePaths.put(m, v.paths(m));
        }
        for (int t = 0; t < 12; t++) {
            double sum = 0;
            for (String m : v.manufacturers()) {
                sum += v.mean(m)[t];
            }
            assertThat(sum).isCloseTo(mean[t], within(1e-9 * mean[t]));
            for (int path = 0; path < p.length; path++) {
                double pathSum = 0;
                for (SamplePaths m : volumePaths.values()) {
                    pathSum += m.value(path, t);
                }
                assertThat(pathSum).isCloseTo(p[path][t], within(1e-9 * Math.max(1, p[path][t])));
            }
        }
        double[] itemYear = itemPaths.totals(0, 12);
        SamplePaths nobel = v.paths("Nobel");
        assertThat(nobel.seriesKey()).isEqualTo("amox@Nobel");
        assertThat(org.offtake.forecast.internal.Quantiles.type8(nobel.totals(0, 12), 0.9)).isCloseTo(
                0.35 * org.offtake.forecast.internal.Quantiles.type8(itemYear, 0.9), within(1e-9));
        assertThat(nobel.quantile(5, 0.1)).isCloseTo(0.35 * itemPaths.quantile(5, 0.1), within(1e-9));
    }

    @Test
    void volumes_fromMeansOnly_haveNoPaths() {
        ManufacturerVolumes v = amox().recentPeriods(3).build().volumes(new double[] {120, 80});
        assertThat(v.mean("Nobel")).containsExactly(60, 40);
        assertThat(v.mean(ManufacturerShares.OTHERS)).containsExactly(30, 20);
        assertThat(v.hasPaths()).isFalse();
        assertThatThrownBy(() -> v.paths("Nobel")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item 'amox': volumes were derived from means only");
        assertThatThrownBy(() -> v.mean("Khimpharm")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'amox': no share for manufacturer 'Khimpharm'");
    }

    @Test
    void badPurchases_areRejectedNamingItemAndManufacturer() {
        assertThatThrownBy(() -> ManufacturerShares.builder("amox").purchases("Nobel", 1, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'amox': purchases of manufacturer 'Nobel' at index 1 are -2.0");
        assertThatThrownBy(() -> ManufacturerShares.builder("amox").purchases("Nobel", 1, 2)
                .purchases("Santo", 1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'amox': purchases from 'Santo' have 1 periods, expected 2");
        assertThatThrownBy(() -> ManufacturerShares.builder("amox").purchases("Nobel", 1, 5).itemPurchases(3, 4)
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'amox': in period 1 the listed manufacturers supplied 5.0, more than the "
                        + "item's purchases of 4.0");
        assertThatThrownBy(() -> ManufacturerShares.builder("amox").purchases(ManufacturerShares.OTHERS, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank or '(others)'");
        assertThatThrownBy(() -> ManufacturerShares.builder("amox").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 'amox': no manufacturer");
        assertThatThrownBy(() -> ManufacturerShares.builder("amox").recentPeriods(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recent periods must be at least 1, was 0");
        assertThatThrownBy(() -> amox().build().volumes(new double[] {1, 2},
                SamplePaths.of("amox", "m", new double[][] {{1, 2, 3}})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paths of 'amox' have 3 steps, expected 2");
    }

    private static double sum(ManufacturerShares s) {
        return s.shares().values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
