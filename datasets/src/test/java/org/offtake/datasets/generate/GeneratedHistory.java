package org.offtake.datasets.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.offtake.datasets.ContractType;
import org.offtake.datasets.ProcurementLine;

/**
 * Aggregates of one generated history, computed from its lines and its expected demand as they stream out, for the
 * realism tests: nothing here looks inside the generator.
 */
final class GeneratedHistory {

    final GeneratorProfile profile;
    final GenerationSummary summary;
    final int months;
    final YearMonth start;

    /** Quantity per item x region x month. */
    final Map<String, double[]> series = new HashMap<>();
    /** Expected quantity per item x region x month. */
    final Map<String, double[]> expected = new HashMap<>();
    /** Quantity per region. */
    final Map<String, Double> byRegion = new HashMap<>();
    /** Quantity per ATC main group ('-' for devices) and calendar month. */
    final Map<Character, double[]> byGroupAndMonth = new HashMap<>();
    /** Quantity per ATC code prefix of 3 characters (or '-') and month index. */
    final Map<String, double[]> byGroup3AndMonth = new HashMap<>();
    /** First and last month index with a delivery, per item. */
    final Map<String, int[]> itemLife = new HashMap<>();
    /** Amount and quantity per item and year, for unit values. */
    final Map<String, double[][]> itemValue = new HashMap<>();
    /** Quantity per item x manufacturer x year, and per item x year. */
    final Map<String, double[]> itemMakerYear = new HashMap<>();
    final Map<String, double[]> itemYear = new HashMap<>();
    /** First year with a long-term line, per item x manufacturer. */
    final Map<String, Integer> contractStart = new HashMap<>();
    final Map<ContractType, Long> linesByType = new HashMap<>();
    final Map<String, Boolean> makerDomestic = new HashMap<>();
    final List<ProcurementLine> firstLines = new ArrayList<>();
    final Map<String, String> itemAtc = new HashMap<>();
    final Map<String, String> itemUnit = new HashMap<>();
    long lines;
    LocalDate lastDate = LocalDate.MIN;
    boolean chronological = true;
    long lastRecordId;
    boolean idsSequential = true;

    GeneratedHistory(GeneratorProfile profile, long seed) {
        this.profile = profile;
        this.months = profile.months();
        this.start = YearMonth.of(profile.startYear(), 1);
        this.summary = ProcurementGenerator.of(profile, seed).generate(this::add, this::addExpected);
    }

    private int monthIndex(YearMonth month) {
        return (month.getYear() - start.getYear()) * 12 + month.getMonthValue() - 1;
    }

    private void add(ProcurementLine line) {
        lines++;
        if (firstLines.size() < 100) {
            firstLines.add(line);
        }
        if (line.date().isBefore(lastDate)) {
            chronological = false;
        }
        lastDate = line.date();
        long id = Long.parseLong(line.recordId());
        idsSequential &= id == lastRecordId + 1;
        lastRecordId = id;
        int t = monthIndex(YearMonth.from(line.date()));
        int year = t / 12;
        double q = line.quantity();
        series.computeIfAbsent(line.itemCode() + "/" + line.region(), k -> new double[months])[t] += q;
        byRegion.merge(line.region(), q, Double::sum);
        char group = line.atcCode().isEmpty() ? '-' : line.atcCode().charAt(0);
        byGroupAndMonth.computeIfAbsent(group, k -> new double[12])[t % 12] += q;
        String group3 = line.atcCode().isEmpty() ? "-" : line.atcCode().substring(0, 3);
        byGroup3AndMonth.computeIfAbsent(group3, k -> new double[months])[t] += q;
        int[] life = itemLife.computeIfAbsent(line.itemCode(), k -> new int[] {t, t});
        life[0] = Math.min(life[0], t);
        life[1] = Math.max(life[1], t);
        double[][] value = itemValue.computeIfAbsent(line.itemCode(), k -> new double[profile.years()][2]);
        value[year][0] += line.amount();
        value[year][1] += q;
        itemMakerYear.computeIfAbsent(line.itemCode() + "|" + line.manufacturerId(),
                k -> new double[profile.years()])[year] += q;
        itemYear.computeIfAbsent(line.itemCode(), k -> new double[profile.years()])[year] += q;
        if (line.contractType() == ContractType.LONG_TERM) {
            contractStart.merge(line.itemCode() + "|" + line.manufacturerId(), year, Math::min);
        }
        linesByType.merge(line.contractType(), 1L, Long::sum);
        makerDomestic.put(line.manufacturerId(), line.domestic());
        itemAtc.put(line.itemCode(), line.atcCode());
        itemUnit.put(line.itemCode(), line.unit());
    }

    private void addExpected(ExpectedDemand demand) {
        expected.computeIfAbsent(demand.itemCode() + "/" + demand.region(), k -> new double[months])
                [monthIndex(demand.period())] = demand.expectedQuantity();
    }
}
