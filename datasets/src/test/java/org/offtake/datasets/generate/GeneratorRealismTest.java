package org.offtake.datasets.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offtake.datasets.ContractType;
import org.offtake.datasets.ProcurementLine;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.intermittent.DemandClass;
import org.offtake.forecast.intermittent.DemandClassification;

/**
 * The properties that make the generated history realistic, each computed from the generated lines (and the expected
 * demand) of one history: 200 items, 30 manufacturers, the 20 regions, 6 years from 2019, seed 11.
 */
class GeneratorRealismTest {

    private static GeneratedHistory history;

    @BeforeAll
    static void generate() {
        GeneratorProfile profile = GeneratorProfile.national().toBuilder().name("test").items(200).manufacturers(30)
                .build();
        history = new GeneratedHistory(profile, 11);
    }

    @Test
    void lines_areChronologicalWithSequentialRecordIds() {
        assertThat(history.lines).isEqualTo(history.summary.lines()).isGreaterThan(200_000);
        assertThat(history.chronological).isTrue();
        assertThat(history.idsSequential).isTrue();
    }

    @Test
    void items_haveAtcCodesOfFiveLevelsAndUnits_devicesHaveNone() {
        assertThat(history.itemAtc).hasSize(200);
        long devices = history.itemAtc.values().stream().filter(String::isEmpty).count();
        assertThat(devices).isBetween(5L, 30L);
        assertThat(history.itemAtc.values().stream().filter(a -> !a.isEmpty()))
                .allMatch(a -> a.matches("[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}"));
        assertThat(history.itemUnit.values()).allMatch(u -> !u.isBlank())
                .containsAnyOf("уп.", "амп.", "фл.", "шт.");
    }

    @Test
    void manufacturers_haveValidBinsAndFortyPercentAreDomestic() {
        assertThat(history.makerDomestic.keySet()).allMatch(Bins::isValid);
        assertThat(history.makerDomestic).hasSize(30);
        assertThat(history.makerDomestic.values().stream().filter(d -> d).count()).isEqualTo(12);
    }

    /** Shares of series by the Syntetos-Boylan-Croston class measured on each series over the item's life. */
    @Test
    void demandPatterns_measuredClassesMatchTheStatedProportions() {
        Map<DemandClass, Integer> counts = new EnumMap<>(DemandClass.class);
        int total = 0;
        for (Map.Entry<String, double[]> entry : history.expected.entrySet()) {
            double[] expected = entry.getValue();
            double[] actual = history.series.getOrDefault(entry.getKey(), new double[history.months]);
            List<Double> life = new ArrayList<>();
            for (int t = 0; t < expected.length; t++) {
                if (expected[t] > 0) {
                    life.add(actual[t]);
                }
            }
            if (life.size() < 24) {
                continue;
            }
            double[] values = life.stream().mapToDouble(Double::doubleValue).toArray();
            counts.merge(DemandClassification.of(TimeSeries.of(entry.getKey(), values)).demandClass(), 1,
                    Integer::sum);
            total++;
        }
        Map<DemandPattern, Double> stated = history.profile.patternShares();
        assertThat(total).isGreaterThan(3500);
        assertThat(counts.getOrDefault(DemandClass.SMOOTH, 0) / (double) total)
                .isCloseTo(stated.get(DemandPattern.SMOOTH), within(0.05));
        assertThat(counts.getOrDefault(DemandClass.ERRATIC, 0) / (double) total)
                .isCloseTo(stated.get(DemandPattern.ERRATIC), within(0.05));
        assertThat(counts.getOrDefault(DemandClass.INTERMITTENT, 0) / (double) total)
                .isCloseTo(stated.get(DemandPattern.INTERMITTENT), within(0.05));
        assertThat(counts.getOrDefault(DemandClass.LUMPY, 0) / (double) total)
                .isCloseTo(stated.get(DemandPattern.LUMPY), within(0.05));
    }

    @Test
    void regions_shareOfTotalQuantityFollowsPopulation() {
        double total = history.byRegion.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(history.byRegion).hasSize(20);
        for (Region region : Regions.KAZAKHSTAN) {
            double share = history.byRegion.get(region.code()) / total;
            assertThat(share).as(region.code()).isCloseTo(Regions.weight(region),
                    within(0.25 * Regions.weight(region)));
        }
        double almaty = history.byRegion.get("KZ-ALA");
        double ulytau = history.byRegion.get("KZ-ULT");
        assertThat(almaty / ulytau).isGreaterThan(5);
    }

    /**
     * Winter (December to February) over summer (June to August) quantity of the ATC main group {@code group}, over
     * the years other than the surge year.
     */
    private static double winterOverSummer(char group) {
        double[] byMonth = new double[12];
        history.byGroup3AndMonth.forEach((group3, months) -> {
            if (group3.charAt(0) == group) {
                for (int t = 0; t < months.length; t++) {
                    if (t / 12 != history.profile.surgeYear() - history.profile.startYear()) {
                        byMonth[t % 12] += months[t];
                    }
                }
            }
        });
        return (byMonth[11] + byMonth[0] + byMonth[1]) / (byMonth[5] + byMonth[6] + byMonth[7]);
    }

    @Test
    void seasonality_antiInfectivesAndRespiratoryPeakInWinter() {
        double j = winterOverSummer('J');
        double r = winterOverSummer('R');
        double cardio = winterOverSummer('C');
        double nervous = winterOverSummer('N');
        assertThat(j).isGreaterThan(1.5 * cardio).isGreaterThan(1.5 * nervous).isGreaterThan(2);
        assertThat(r).isGreaterThan(1.5 * cardio).isGreaterThan(1.5 * nervous).isGreaterThan(2);
    }

    @Test
    void tenderRhythm_deliversMoreEarlyInTheYear() {
        for (char group : new char[] {'A', 'C', 'N'}) {
            double[] m = history.byGroupAndMonth.get(group);
            double firstQuarter = m[0] + m[1] + m[2];
            double lastQuarter = m[9] + m[10] + m[11];
            assertThat(firstQuarter / lastQuarter).as("group %s", group).isGreaterThan(1.6);
        }
    }

    /** June to August 2020 over June to August 2019, for the surging groups and for the others. */
    @Test
    void surge2020_raisesAntiInfectivesRespiratoryAntithromboticsAndCorticosteroidsOnly() {
        double surged2020 = 0;
        double surged2019 = 0;
        double other2020 = 0;
        double other2019 = 0;
        for (Map.Entry<String, double[]> e : history.byGroup3AndMonth.entrySet()) {
            boolean surges = e.getKey().startsWith("J") || e.getKey().startsWith("R") || e.getKey().equals("B01")
                    || e.getKey().equals("H02");
            double[] m = e.getValue();
            double summer2019 = m[5] + m[6] + m[7];
            double summer2020 = m[17] + m[18] + m[19];
            if (surges) {
                surged2020 += summer2020;
                surged2019 += summer2019;
            } else {
                other2020 += summer2020;
                other2019 += summer2019;
            }
        }
        double otherGrowth = other2020 / other2019;
        assertThat(surged2020 / surged2019).isGreaterThan(2 * otherGrowth);
        assertThat(otherGrowth).isBetween(0.85, 1.2);
    }

    /**
     * Growth rate of each item alive through the history: the slope of a least-squares line through the logarithms of
     * its yearly quantities, the surge year left out. Stable items (half of them, within 2 % a year) are noisy enough
     * for some to measure beyond 3 % either way, so each share may exceed the stated one by up to 0.15.
     */
    @Test
    void trends_someItemsGrowAndSomeDecline() {
        int growing = 0;
        int declining = 0;
        int counted = 0;
        int surgeYear = history.profile.surgeYear() - history.profile.startYear();
        for (Map.Entry<String, double[]> e : history.itemYear.entrySet()) {
            int[] life = history.itemLife.get(e.getKey());
            if (life[0] > 0 || life[1] < history.months - 1) {
                continue;
            }
            double[] years = e.getValue();
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            int n = 0;
            for (int y = 0; y < years.length; y++) {
                if (y == surgeYear || years[y] <= 0) {
                    continue;
                }
                double logQ = Math.log(years[y]);
                sx += y;
                sy += logQ;
                sxx += y * y;
                sxy += y * logQ;
                n++;
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double rate = Math.exp(slope) - 1;
            counted++;
            if (rate > 0.03) {
                growing++;
            } else if (rate < -0.03) {
                declining++;
            }
        }
        assertThat(counted).isGreaterThan(120);
        assertThat(growing / (double) counted).isBetween(history.profile.growingShare() - 0.05,
                history.profile.growingShare() + 0.15);
        assertThat(declining / (double) counted).isBetween(history.profile.decliningShare() - 0.05,
                history.profile.decliningShare() + 0.15);
    }

    @Test
    void lifeCycle_newItemsAppearAndOldOnesAreDiscontinued() {
        long launched = history.itemLife.values().stream().filter(l -> l[0] >= 6).count();
        long discontinued = history.itemLife.values().stream().filter(l -> l[1] < history.months - 6).count();
        assertThat(launched).isBetween(10L, 35L);
        assertThat(discontinued).isBetween(7L, 28L);
    }

    @Test
    void prices_riseWithInflationYearOnYear() {
        double[] medianIndex = new double[history.profile.years()];
        for (int y = 0; y < medianIndex.length; y++) {
            List<Double> indices = new ArrayList<>();
            for (double[][] value : history.itemValue.values()) {
                if (value[0][1] > 0 && value[y][1] > 0) {
                    indices.add((value[y][0] / value[y][1]) / (value[0][0] / value[0][1]));
                }
            }
            double[] sorted = indices.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            medianIndex[y] = sorted[sorted.length / 2];
        }
        for (int y = 1; y < medianIndex.length; y++) {
            assertThat(medianIndex[y]).as("year %d over %d", y, y - 1).isGreaterThan(medianIndex[y - 1] * 1.03);
        }
        assertThat(Math.pow(medianIndex[medianIndex.length - 1], 1.0 / (medianIndex.length - 1)) - 1)
                .isCloseTo(history.profile.annualInflation(), within(0.03));
    }

    @Test
    void longTermContracts_makeTheManufacturersShareJump() {
        List<Double> jumps = new ArrayList<>();
        for (Map.Entry<String, Integer> contract : history.contractStart.entrySet()) {
            int year = contract.getValue();
            String item = contract.getKey().substring(0, contract.getKey().indexOf('|'));
            double[] maker = history.itemMakerYear.get(contract.getKey());
            double[] all = history.itemYear.get(item);
            if (year == 0 || all[year - 1] == 0 || all[year] == 0) {
                continue;
            }
            jumps.add(maker[year] / all[year] - maker[year - 1] / all[year - 1]);
            assertThat(history.makerDomestic.get(contract.getKey().substring(contract.getKey().indexOf('|') + 1)))
                    .as("contract holder of %s", contract.getKey()).isTrue();
        }
        assertThat(jumps).hasSizeGreaterThan(5);
        double mean = jumps.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean).isGreaterThan(0.3);
        assertThat(jumps.stream().filter(j -> j > 0.1).count()).isGreaterThan(jumps.size() * 3L / 4);
    }

    @Test
    void contractTypes_areMostlyTenderWithSomeSingleSourceAndLongTerm() {
        long total = history.linesByType.values().stream().mapToLong(Long::longValue).sum();
        assertThat(history.linesByType).containsOnlyKeys(ContractType.values());
        double singleSource = history.linesByType.get(ContractType.SINGLE_SOURCE) / (double) total;
        double tender = history.linesByType.get(ContractType.TENDER) / (double) total;
        assertThat(tender).isGreaterThan(0.6);
        assertThat(singleSource).isBetween(0.03, 0.06);
    }

    @Test
    void expectedDemand_isTheMeanOfWhatIsDelivered() {
        double delivered = 0;
        double expected = 0;
        int nonZeroOutsideLife = 0;
        for (Map.Entry<String, double[]> e : history.expected.entrySet()) {
            double[] actual = history.series.getOrDefault(e.getKey(), new double[history.months]);
            for (int t = 0; t < history.months; t++) {
                expected += e.getValue()[t];
                delivered += actual[t];
                if (e.getValue()[t] == 0 && actual[t] > 0) {
                    nonZeroOutsideLife++;
                }
            }
        }
        assertThat(history.expected).hasSize(200 * 20);
        assertThat(history.summary.expectedRows()).isEqualTo(200L * 20 * history.months);
        assertThat(delivered / expected).isCloseTo(1, within(0.02));
        assertThat(delivered).isEqualTo(history.summary.totalQuantity());
        assertThat(nonZeroOutsideLife).isZero();
    }

    @Test
    void amounts_areQuantityTimesPriceRoundedToTheTiyn() {
        for (ProcurementLine line : history.firstLines) {
            assertThat(line.amount()).isCloseTo(line.quantity() * line.unitPrice(), within(0.006));
            assertThat(line.quantity()).isEqualTo(Math.rint(line.quantity()));
        }
        assertThat(Arrays.stream(new int[] {history.firstLines.size()})).containsExactly(100);
    }
}
