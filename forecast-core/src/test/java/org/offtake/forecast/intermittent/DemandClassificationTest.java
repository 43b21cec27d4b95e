package org.offtake.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offtake.forecast.TimeSeries;

class DemandClassificationTest {

    @ParameterizedTest(name = "ADI {0}, CV² {1} -> {2}")
    @CsvSource({
            "1.0,    0.0,    SMOOTH",
            "1.32,   0.49,   SMOOTH",
            "1.3201, 0.49,   INTERMITTENT",
            "1.32,   0.4901, ERRATIC",
            "1.3201, 0.4901, LUMPY",
            "5.0,    0.1,    INTERMITTENT",
            "1.1,    2.0,    ERRATIC",
            "Infinity, 0.0,  INTERMITTENT"})
    void classify_appliesTheSyntetosBoylanCrostonCutOffs_eachCutOffInTheLowerClass(double adi, double cv2,
                                                                                    DemandClass expected) {
        assertThat(DemandClassification.classify(adi, cv2)).isEqualTo(expected);
    }

    @Test
    void of_smoothSeries() {
        // sizes 5 5 6 4 5 5: mean 5, sample variance 2/5, CV² 0.4/25
        DemandClassification c = DemandClassification.of(TimeSeries.of("s", 5, 5, 6, 4, 5, 5));
        assertThat(c.adi()).isEqualTo(1.0);
        assertThat(c.cv2()).isCloseTo(0.016, within(1e-12));
        assertThat(c.demandClass()).isEqualTo(DemandClass.SMOOTH);
        assertThat(c.periods()).isEqualTo(6);
        assertThat(c.demands()).isEqualTo(6);
    }

    @Test
    void of_erraticSeries() {
        // sizes 1 10 2 12 1 9 (mean 35/6) in 7 periods: ADI 7/6; CV² about 0.64
        DemandClassification c = DemandClassification.of(TimeSeries.of("e", 1, 10, 0, 2, 12, 1, 9));
        assertThat(c.adi()).isCloseTo(7.0 / 6, within(1e-12));
        double mean = 35.0 / 6;
        double ss = 0;
        for (double z : new double[] {1, 10, 2, 12, 1, 9}) {
            ss += (z - mean) * (z - mean);
        }
        assertThat(c.cv2()).isCloseTo(ss / 5 / (mean * mean), within(1e-12)).isGreaterThan(0.49);
        assertThat(c.demandClass()).isEqualTo(DemandClass.ERRATIC);
    }

    @Test
    void of_intermittentSeries() {
        // 3 demands in 8 periods: ADI 8/3; sizes 5 5 6: CV² (1/3) / (16/3)² = 3/256
        DemandClassification c = DemandClassification.of(TimeSeries.of("i", 0, 5, 0, 0, 5, 0, 6, 0));
        assertThat(c.adi()).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(c.cv2()).isCloseTo(3.0 / 256, within(1e-12));
        assertThat(c.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
    }

    @Test
    void of_lumpySeries() {
        // sizes 1 20 2: mean 23/3, sample variance 343/3, CV² (343/3) / (23/3)² = 1029/529
        DemandClassification c = DemandClassification.of(TimeSeries.of("l", 0, 1, 0, 0, 20, 0, 0, 2));
        assertThat(c.cv2()).isCloseTo(1029.0 / 529, within(1e-12));
        assertThat(c.demandClass()).isEqualTo(DemandClass.LUMPY);
        assertThat(c.explanation()).isEqualTo("LUMPY: many periods without demand and strongly varying sizes "
                + "(demand in 3 of 8 periods, one every 2.67 on average; sizes vary with CV² 1.95)");
    }

    @Test
    void of_adiCountsThePeriodsSinceTheLastDemand() {
        // demand in the first 3 of 12 periods, then none: the mean interval between demands is 1, the ADI is 4
        DemandClassification c = DemandClassification.of(TimeSeries.of("stopped", 4, 5, 4, 0, 0, 0, 0, 0, 0, 0, 0,
                0));
        assertThat(c.adi()).isEqualTo(4.0);
        assertThat(c.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
    }

    @Test
    void of_allZeroSeries_isIntermittentWithInfiniteAdiAndNoVariation() {
        DemandClassification c = DemandClassification.of(TimeSeries.of("none", 0, 0, 0, 0));
        assertThat(c.demands()).isZero();
        assertThat(c.adi()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(c.cv2()).isZero();
        assertThat(c.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
        assertThat(c.explanation()).isEqualTo("INTERMITTENT: many periods without demand, steady sizes when there is "
                + "demand (no demand in 4 periods)");
    }

    @Test
    void of_singleDemand_hasNoSizeVariation_andAdiOfTheLength() {
        DemandClassification c = DemandClassification.of(TimeSeries.of("once", 0, 0, 9, 0, 0));
        assertThat(c.demands()).isEqualTo(1);
        assertThat(c.adi()).isEqualTo(5.0);
        assertThat(c.cv2()).isZero();
        assertThat(c.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
        assertThat(c.explanation()).endsWith("(a single demand in 5 periods; one size cannot vary (CV² taken as 0))");
    }

    @Test
    void of_singlePositiveValue_isSmooth() {
        DemandClassification c = DemandClassification.of(TimeSeries.of("one", 3));
        assertThat(c.adi()).isEqualTo(1.0);
        assertThat(c.demandClass()).isEqualTo(DemandClass.SMOOTH);
    }

    @Test
    void of_nonIntegerSizes_areClassifiedTheSameWay() {
        DemandClassification c = DemandClassification.of(TimeSeries.of("kg", 0, 2.5, 0, 2.5, 0, 3.0));
        assertThat(c.adi()).isEqualTo(2.0);
        assertThat(c.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
    }

    @Test
    void of_negativeValue_isRejectedNamingTheSeriesAndIndex() {
        assertThatThrownBy(() -> DemandClassification.of(TimeSeries.of("returns/KZ", 3, -1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("series 'returns/KZ': value at index 1 is -1.0; demand classification models"
                        + " demand, which must be zero or positive");
    }

    @Test
    void of_emptySeries_isRejectedNamingTheSeries() {
        assertThatThrownBy(() -> DemandClassification.of(TimeSeries.of("empty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("series 'empty' is empty");
    }

    @Test
    void record_rejectsAClassTheFiguresDoNotGive() {
        assertThatThrownBy(() -> new DemandClassification(10, 5, 2.0, 0.1, DemandClass.SMOOTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("adi 2.0 and cv2 0.1 make the class INTERMITTENT, not SMOOTH");
        assertThatThrownBy(() -> new DemandClassification(10, 11, 1.0, 0.1, DemandClass.SMOOTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demandClass_partsOfTheScheme() {
        assertThat(DemandClass.LUMPY.sporadic()).isTrue();
        assertThat(DemandClass.LUMPY.variableSizes()).isTrue();
        assertThat(DemandClass.ERRATIC.sporadic()).isFalse();
        assertThat(DemandClass.INTERMITTENT.variableSizes()).isFalse();
        assertThat(DemandClass.SMOOTH.meaning()).isEqualTo("demand in most periods, of steady size");
    }
}
