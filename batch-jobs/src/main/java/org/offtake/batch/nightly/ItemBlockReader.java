package org.offtake.batch.nightly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the items whose number is {@code remainder} modulo {@code modulus}, in item-number order, each as an
 * {@link ItemBlock} built from the demand-series table. The position (items read) is saved at every commit; a
 * restart skips the items already done without reading their series.
 */
class ItemBlockReader extends AbstractItemCountingItemStreamItemReader<ItemBlock> {

    private record ItemRow(long itemNo, String itemCode, YearMonth firstPeriod) {
    }

    private final JdbcTemplate jdbc;
    private final String asOf;
    private final YearMonth asOfMonth;
    private final long modulus;
    private final long remainder;
    private List<ItemRow> items;
    private Set<String> domestic;
    private int next;

    ItemBlockReader(String name, JdbcTemplate jdbc, String asOf, long modulus, long remainder) {
        this.jdbc = jdbc;
        this.asOf = asOf;
        this.asOfMonth = YearMonth.parse(asOf);
        this.modulus = modulus;
        this.remainder = remainder;
        setName(name);
    }

    @Override
    protected void doOpen() {
        items = jdbc.query("SELECT item_no, item_code, first_period FROM series_item WHERE as_of = ? "
                + "AND MOD(item_no, ?) = ? ORDER BY item_no", (rs, i) -> new ItemRow(rs.getLong(1), rs.getString(2),
                YearMonth.parse(rs.getString(3))), asOf, modulus, remainder);
        domestic = new HashSet<>(jdbc.queryForList("SELECT manufacturer_id FROM series_manufacturer "
                + "WHERE as_of = ? AND domestic", String.class, asOf));
        next = 0;
    }

    /** Also records the items to read as {@code total} in the step's context, for its progress. */
    @Override
    public void open(ExecutionContext executionContext) {
        super.open(executionContext);
        if (!executionContext.containsKey("total")) {
            executionContext.putLong("total", items.size());
        }
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }

    @Override
    protected ItemBlock doRead() {
        if (next >= items.size()) {
            return null;
        }
        ItemRow item = items.get(next++);
        int length = Periods.count(item.firstPeriod(), asOfMonth);
        Map<String, double[]> regions = new LinkedHashMap<>();
        Map<String, double[]> manufacturers = new LinkedHashMap<>();
        Set<String> itemDomestic = new HashSet<>();
        jdbc.query("SELECT level, region, manufacturer_id, period, quantity FROM demand_series WHERE as_of = ? "
                + "AND item_code = ? ORDER BY level, region, manufacturer_id, period", rs -> {
                    boolean byRegion = "item_region".equals(rs.getString(1));
                    String key = byRegion ? rs.getString(2) : rs.getString(3);
                    double[] values = (byRegion ? regions : manufacturers).computeIfAbsent(key,
                            k -> new double[length]);
                    int t = Periods.count(item.firstPeriod(), YearMonth.parse(rs.getString(4))) - 1;
                    values[t] = rs.getDouble(5);
                    if (!byRegion && domestic.contains(key)) {
                        itemDomestic.add(key);
                    }
                }, asOf, item.itemCode());
        return new ItemBlock(item.itemNo(), item.itemCode(), item.firstPeriod(), regions, manufacturers,
                itemDomestic);
    }

    @Override
    protected void doClose() {
        items = new ArrayList<>();
    }
}
