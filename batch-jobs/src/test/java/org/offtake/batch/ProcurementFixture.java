package org.offtake.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A small procurement history written as a canonical CSV, with every figure a test needs to check the job: items in
 * regions bought from a domestic and a foreign manufacturer every month from January 2022, a domestic manufacturer
 * that stopped buying three years before the as-of month, an item code a spreadsheet would take for a formula, and
 * four rows that must be rejected (a date after the as-of month, a negative quantity, a repeated record id, a date
 * that is not one).
 */
public final class ProcurementFixture {

    public static final String HEADER = "record_id,date,manufacturer_id,manufacturer_name,item_code,item_name,atc_code,"
            + "region,customer,quantity,unit,unit_price,amount,domestic,contract_type";
    public static final YearMonth FIRST = YearMonth.of(2022, 1);
    public static final List<String> REGIONS = List.of("Алматы", "Астана", "Шымкент");
    /** Items; ITEM-D is bought in one region only, and one code starts with '='. */
    public static final List<String> ITEMS = List.of("=ITEM-A", "ITEM-B", "ITEM-C", "ITEM-D");
    public static final String DOMESTIC = "100000000001";
    public static final String FOREIGN = "900000000009";
    /** Domestic, bought ITEM-B only in 2022: not a contract candidate at as-of 2025-12. */
    public static final String LAPSED = "100000000002";

    /** Accepted quantity per item, region and month. */
    public final Map<String, Map<String, Map<YearMonth, Double>>> quantities = new TreeMap<>();
    /** Accepted quantity per manufacturer and item. */
    public final Map<String, Map<String, Double>> byManufacturer = new TreeMap<>();
    public final Path file;
    public final int accepted;
    public final int rejected = 4;
    public final YearMonth last;

    private ProcurementFixture(Path file, int accepted, YearMonth last) {
        this.file = file;
        this.accepted = accepted;
        this.last = last;
    }

    /** Writes the history of the four items from January 2022 to {@code last} into {@code dir}. */
    public static ProcurementFixture write(Path dir, YearMonth last) throws IOException {
        return write(dir, last, 0);
    }

    /** Writes the history from January 2022 to {@code last} into {@code dir}, with {@code extra} more items. */
    public static ProcurementFixture write(Path dir, YearMonth last, int extra) throws IOException {
        List<String> items = new ArrayList<>(ITEMS);
        for (int i = 1; i <= extra; i++) {
            items.add(String.format("ITEM-X%02d", i));
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        Random random = new Random(7);
        Map<String, Map<String, Map<YearMonth, Double>>> quantities = new TreeMap<>();
        Map<String, Map<String, Double>> byManufacturer = new TreeMap<>();
        int id = 0;
        for (YearMonth m = FIRST; !m.isAfter(last); m = m.plusMonths(1)) {
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                List<String> regions = item.equals("ITEM-D") ? REGIONS.subList(0, 1) : REGIONS;
                for (String region : regions) {
                    double base = 40 + 15 * (i % 5) + 5 * regions.indexOf(region);
                    double seasonal = 1 + 0.2 * Math.sin(2 * Math.PI * m.getMonthValue() / 12.0);
                    double q = Math.round(base * seasonal + random.nextInt(10));
                    double domestic = Math.round(q * 0.6);
                    String manufacturerOfRest = item.equals("ITEM-B") && m.getYear() == 2022 ? LAPSED : FOREIGN;
                    boolean restDomestic = manufacturerOfRest.equals(LAPSED);
                    lines.add(line(++id, m.atDay(5), DOMESTIC, "Казфарм", item, region, domestic, true));
                    lines.add(line(++id, m.atDay(12), manufacturerOfRest, restDomestic ? "Старфарм" : "Import GmbH",
                            item, region, q - domestic, restDomestic));
                    quantities.computeIfAbsent(item, k -> new TreeMap<>()).computeIfAbsent(region,
                            k -> new LinkedHashMap<>()).merge(m, q, Double::sum);
                    byManufacturer.computeIfAbsent(DOMESTIC, k -> new TreeMap<>()).merge(item, domestic, Double::sum);
                    byManufacturer.computeIfAbsent(manufacturerOfRest, k -> new TreeMap<>()).merge(item,
                            q - domestic, Double::sum);
                }
            }
        }
        int accepted = id;
        lines.add(line(++id, last.plusMonths(1).atDay(3), DOMESTIC, "Казфарм", "ITEM-B", "Алматы", 10, true));
        lines.add(line(++id, last.atDay(3), DOMESTIC, "Казфарм", "ITEM-B", "Алматы", -5, true));
        lines.add(line(1, last.atDay(4), DOMESTIC, "Казфарм", "ITEM-B", "Алматы", 7, true));
        lines.add("R" + (++id) + ",31.02.2024," + DOMESTIC + ",Казфарм,ITEM-C,,,Алматы,,5,уп.,,,true,tender");
        Path file = dir.resolve("procurement-" + last + "-" + items.size() + ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        ProcurementFixture f = new ProcurementFixture(file, accepted, last);
        f.quantities.putAll(quantities);
        f.byManufacturer.putAll(byManufacturer);
        return f;
    }

    private static String line(int id, LocalDate date, String manufacturer, String name, String item, String region,
                               double quantity, boolean domestic) {
        return "R" + id + "," + date + "," + manufacturer + "," + name + "," + item + ",Товар " + item + ",J01CA04,"
                + region + ",Больница," + (long) quantity + ",уп.,100,"
                + (quantity > 0 ? (long) (quantity * 100) : "") + "," + domestic + ",tender";
    }

    /** Total accepted quantity. */
    public double total() {
        return quantities.values().stream().flatMap(r -> r.values().stream()).flatMap(m -> m.values().stream())
                .mapToDouble(Double::doubleValue).sum();
    }

    /** Item x region series. */
    public int itemRegionSeries() {
        return quantities.values().stream().mapToInt(Map::size).sum();
    }

    /** Manufacturer x item series. */
    public int manufacturerItemSeries() {
        return byManufacturer.values().stream().mapToInt(Map::size).sum();
    }
}
