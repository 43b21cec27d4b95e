package org.offtake.batch.nightly;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.offtake.batch.OfftakeProperties;
import org.offtake.forecast.contract.ContractTerms;

/**
 * The contracts to size: by default every domestic manufacturer x item with purchases in the last
 * {@code candidateMonths} months, on the default terms of the job's settings; the contracts file (columns
 * {@code manufacturer_id,item_code,start,term_years,share,capacity_per_year,unit_price,over_cost,under_cost}, empty
 * cells meaning the default) overrides them per pair and may add pairs. Immutable once loaded.
 */
class ContractBook {

    static final List<String> COLUMNS = List.of("manufacturer_id", "item_code", "start", "term_years", "share",
            "capacity_per_year", "unit_price", "over_cost", "under_cost");

    /** One contract line of the file, with its defaults filled in except the share (null: the default share). */
    record Override(String manufacturerId, String itemCode, YearMonth start, int termYears, Double share,
                    double capacityPerYear, double unitPrice, double overCost, double underCost, long line) {
    }

    /** A contract to size. */
    record Candidate(String manufacturerId, ContractTerms terms, String source) {
    }

    private final OfftakeProperties.Contract defaults;
    private final YearMonth firstMonth;
    private final Map<String, Map<String, Override>> overridesByItem;

    ContractBook(OfftakeProperties.Contract defaults, YearMonth firstMonth,
                         Map<String, Map<String, Override>> overridesByItem) {
        this.defaults = defaults;
        this.firstMonth = firstMonth;
        this.overridesByItem = overridesByItem;
    }

    /**
     * The book for a run whose first forecast month is {@code firstMonth}, with the contracts file when one is given.
     *
     * @throws IllegalArgumentException naming the file, line and column of a value that is wrong, and what would be
     *                                  accepted
     * @throws IOException              if the file cannot be read
     */
    static ContractBook load(OfftakeProperties.Contract defaults, YearMonth firstMonth, Path file) throws IOException {
        Map<String, Map<String, Override>> overrides = new LinkedHashMap<>();
        if (file != null) {
            for (Override o : parse(file, defaults, firstMonth)) {
                Override previous = overrides.computeIfAbsent(o.itemCode(), k -> new LinkedHashMap<>())
                        .putIfAbsent(o.manufacturerId(), o);
                if (previous != null) {
                    throw new IllegalArgumentException("contracts file " + file + ", line " + o.line() + ": "
                            + o.manufacturerId() + " x " + o.itemCode() + " is already on line " + previous.line()
                            + "; expected one line per manufacturer x item");
                }
            }
        }
        return new ContractBook(defaults, firstMonth, overrides);
    }

    private static List<Override> parse(Path file, OfftakeProperties.Contract defaults, YearMonth firstMonth)
            throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(false);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setNullValue("");
        settings.setEmptyValue("");
        List<Override> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvParser parser = new CsvParser(settings);
            parser.beginParsing(reader);
            String[] header = parser.parseNext();
            if (header == null || !Arrays.stream(header).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
                    .equals(COLUMNS)) {
                throw new IllegalArgumentException("contracts file " + file + ", line 1: header "
                        + (header == null ? "missing" : "'" + String.join(",", header) + "'") + "; expected "
                        + String.join(",", COLUMNS));
            }
            String[] row;
            while ((row = parser.parseNext()) != null) {
                long line = parser.getContext().currentLine();
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                if (row.length != COLUMNS.size()) {
                    throw new IllegalArgumentException("contracts file " + file + ", line " + line + ": "
                            + row.length + " fields; expected " + COLUMNS.size() + " (" + String.join(",", COLUMNS)
                            + ")");
                }
                Cells cells = new Cells(file, line, row);
                String manufacturer = cells.text(0);
                String item = cells.text(1);
                YearMonth start = row[2].isBlank() ? firstMonth : cells.month(2);
                if (start.isBefore(firstMonth)) {
                    throw new IllegalArgumentException(cells.where(2) + ": start " + start + " is before the first "
                            + "forecast month " + firstMonth + "; expected " + firstMonth + " or later");
                }
                int term = row[3].isBlank() ? defaults.termYears() : (int) cells.number(3, v -> v);
                Double share = row[4].isBlank() ? null : cells.number(4, v -> v);
                double capacity = row[5].isBlank() ? Double.POSITIVE_INFINITY : cells.number(5, v -> v);
                double price = row[6].isBlank() ? 0 : cells.number(6, v -> v);
                double over = row[7].isBlank() ? defaults.overCost() : cells.number(7, v -> v);
                double under = row[8].isBlank() ? defaults.underCost() : cells.number(8, v -> v);
                Override o = new Override(manufacturer, item, start, term, share, capacity, price, over, under, line);
                try {
                    terms(o, share == null ? 1 : share, defaults);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("contracts file " + file + ", line " + line + ": "
                            + e.getMessage(), e);
                }
                out.add(o);
            }
        }
        return out;
    }

    /** Cells of one row, with errors naming the file, line and column. */
    private record Cells(Path file, long line, String[] row) {

        String where(int column) {
            return "contracts file " + file + ", line " + line + ", column " + COLUMNS.get(column);
        }

        String text(int column) {
            String value = row[column].strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(where(column) + ": empty; expected a value");
            }
            return value;
        }

        YearMonth month(int column) {
            try {
                return Periods.parse(row[column], COLUMNS.get(column));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where(column) + ": " + e.getMessage(), e);
            }
        }

        double number(int column, DoubleUnaryOperator check) {
            try {
                return check.applyAsDouble(Double.parseDouble(row[column].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where(column) + ": '" + row[column] + "' is not a number; "
                        + "expected digits with a decimal point", e);
            }
        }
    }

    /** The file's contracted share of {@code manufacturer} for {@code item}, or null when the file gives none. */
    Double contractedShare(String item, String manufacturer) {
        Override o = overridesByItem.getOrDefault(item, Map.of()).get(manufacturer);
        return o == null ? null : o.share();
    }

    /** Months of purchases that make a domestic manufacturer x item a default candidate. */
    int candidateMonths() {
        return defaults.candidateMonths();
    }

    /** Manufacturers the file names for {@code item}, in file order. */
    List<String> fileManufacturers(String item) {
        return List.copyOf(overridesByItem.getOrDefault(item, Map.of()).keySet());
    }

    /**
     * The contracts of one item: the default candidates (domestic manufacturers with purchases in the last
     * {@code candidateMonths} months, share from {@code observedShare} unless the settings fix one), overridden or
     * extended by the file, ordered by manufacturer.
     */
    List<Candidate> candidates(ItemBlock block, ToDoubleFunction<String> observedShare) {
        Map<String, Candidate> out = new TreeMap<>();
        int months = block.length();
        int from = Math.max(0, months - defaults.candidateMonths());
        for (String m : block.domestic()) {
            double[] purchases = block.manufacturers().get(m);
            double recent = 0;
            for (int t = from; t < months; t++) {
                recent += purchases[t];
            }
            if (recent > 0) {
                double share = defaults.share() != null ? defaults.share() : observedShare.applyAsDouble(m);
                Override o = new Override(m, block.itemCode(), firstMonth, defaults.termYears(), share,
                        Double.POSITIVE_INFINITY, 0, defaults.overCost(), defaults.underCost(), 0);
                out.put(m, new Candidate(m, terms(o, share, defaults), "default"));
            }
        }
        for (Override o : overridesByItem.getOrDefault(block.itemCode(), Map.of()).values()) {
            double share = o.share() != null ? o.share()
                    : defaults.share() != null ? defaults.share()
                    : block.manufacturers().containsKey(o.manufacturerId())
                    ? observedShare.applyAsDouble(o.manufacturerId()) : 0;
            if (share > 0) {
                out.put(o.manufacturerId(), new Candidate(o.manufacturerId(), terms(o, share, defaults),
                        "contracts file"));
            }
        }
        return List.copyOf(out.values());
    }

    /** Months of forecasts from the first forecast month that the contracts need. */
    int monthsNeeded(List<Candidate> candidates) {
        int needed = 0;
        for (Candidate c : candidates) {
            needed = Math.max(needed, Periods.count(firstMonth, c.terms().end().minusMonths(1)));
        }
        return needed;
    }

    private static ContractTerms terms(Override o, double share, OfftakeProperties.Contract defaults) {
        ContractTerms.Builder b = ContractTerms.builder(o.start(), o.termYears()).share(share)
                .capacityPerYear(o.capacityPerYear()).unitPrice(o.unitPrice()).costs(o.overCost(), o.underCost())
                .packSize(defaults.packSize());
        double fractile = o.underCost() / (o.underCost() + o.overCost());
        if (defaults.optionQuantile() > fractile) {
            b.optionUpTo(defaults.optionQuantile());
        }
        return b.build();
    }
}
