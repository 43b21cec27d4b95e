package org.offtake.datasets.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.offtake.datasets.ContractType;
import org.offtake.datasets.ProcurementLine;
import org.offtake.datasets.read.ProcurementCsvWriter;

/**
 * Generates a national procurement history from a {@link GeneratorProfile} and a seed: the same profile and seed give
 * the same lines, byte for byte, on any machine (every draw comes from a stream seeded by the seed and the series,
 * and all transcendental functions are {@link StrictMath}'s).
 *
 * <p>The model, month by month, for item {@code i} in region {@code r}:
 * <pre>
 * expected(i, r, t) = base_i x trend_i^(t/12) x season_i(month) x tender(month) x surge_i(t) x life_i(t)
 *                     x population_r / population x regional_ir
 * </pre>
 * <ul>
 * <li>{@code base_i}: the profile's median demand x the ATC group's scale x a log-normal factor (sigma 0.8);</li>
 * <li>trend: growing items +4 % to +15 % a year, declining -4 % to -15 %, the others within 2 %;</li>
 * <li>season: anti-infectives (J) and respiratory items (R) peak in January, {@code 1 + a cos(2 pi (month-1)/12)};</li>
 * <li>tender: the annual tender delivers early in the year, January 1.7 ... December 0.7 (mean 1);</li>
 * <li>surge: in the surge year, J, R, B01 (antithrombotics) and H02 (corticosteroids) are multiplied by
 * {@code 1 + s exp(-((month-7)/2)^2)}, a wave peaking in July;</li>
 * <li>life: new items start at a launch month with a 6-month ramp, discontinued items stop;</li>
 * <li>regions: the 2023 population weights of {@link Regions#KAZAKHSTAN} times a log-normal factor with mean 1
 * (sigma 0.25) per item and region.</li>
 * </ul>
 * The quantity of a month is drawn around the expected demand by the series' {@link DemandPattern} (see
 * {@code Series}), split into 1 to 3 deliveries, each to one of the region's customers on a random day, supplied by
 * a manufacturer drawn with the year's shares: each year's tender gives the item's 1 to 4 manufacturers
 * Dirichlet(0.8) shares, and a long-term contract gives its domestic manufacturer 85 % from its start. Prices are the
 * item's reference price x the manufacturer's factor x inflation x a yearly tender factor (fixed under a long-term
 * contract), rounded to the tiyn.
 *
 * <p>Streaming: lines are produced month by month; memory holds the catalogue, one state per series and one month of
 * lines, whatever the number of years.
 */
public final class ProcurementGenerator {

    private final GeneratorProfile profile;
    private final long seed;
    private final Catalog catalog;

    private ProcurementGenerator(GeneratorProfile profile, long seed) {
        this.profile = profile;
        this.seed = seed;
        this.catalog = Catalog.of(profile, seed);
    }

    /** Fresh series states: every generation starts each series' random stream from its seed. */
    private Series[][] newSeries() {
        List<Region> regions = Regions.KAZAKHSTAN;
        Series[][] series = new Series[catalog.items.size()][regions.size()];
        DemandPattern[] patterns = DemandPattern.values();
        double[] shares = new double[patterns.length];
        for (int p = 0; p < patterns.length; p++) {
            shares[p] = profile.patternShares().getOrDefault(patterns[p], 0.0);
        }
        for (int i = 0; i < series.length; i++) {
            for (int r = 0; r < regions.size(); r++) {
                Rng rng = Rng.of(seed, 3, i, r);
                DemandPattern pattern = patterns[rng.pick(shares)];
                double weight = Regions.weight(regions.get(r)) * rng.logNormalMeanOne(0.25);
                series[i][r] = new Series(pattern, weight, rng);
            }
        }
        return series;
    }

    /**
     * A generator for {@code profile} and {@code seed}.
     *
     * @throws NullPointerException if {@code profile} is {@code null}
     */
    public static ProcurementGenerator of(GeneratorProfile profile, long seed) {
        return new ProcurementGenerator(Objects.requireNonNull(profile, "profile"), seed);
    }

    /** The profile. */
    public GeneratorProfile profile() {
        return profile;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /**
     * Generates the history: each line to {@code lines}, in date order with record ids 1, 2, 3..., and, when
     * {@code expected} is not {@code null}, the expected demand of every item x region x month (in month, item, region
     * order) to {@code expected}. Every call gives the same history.
     */
    public GenerationSummary generate(Consumer<ProcurementLine> lines, Consumer<ExpectedDemand> expected) {
        Objects.requireNonNull(lines, "lines");
        List<Region> regions = Regions.KAZAKHSTAN;
        Series[][] series = newSeries();
        YearMonth start = YearMonth.of(profile.startYear(), 1);
        long recordId = 0;
        long expectedRows = 0;
        double totalQuantity = 0;
        List<List<Delivery>> byDay = new ArrayList<>();
        for (int d = 0; d < 31; d++) {
            byDay.add(new ArrayList<>());
        }
        double[] inflation = new double[profile.years()];
        for (int y = 0; y < inflation.length; y++) {
            inflation[y] = StrictMath.pow(1 + profile.annualInflation(), y);
        }
        for (int t = 0; t < profile.months(); t++) {
            YearMonth period = start.plusMonths(t);
            int year = t / 12;
            int days = period.lengthOfMonth();
            for (int i = 0; i < catalog.items.size(); i++) {
                Item item = catalog.items.get(i);
                double national = item.nationalDemand(t, profile);
                for (int r = 0; r < regions.size(); r++) {
                    Series s = series[i][r];
                    double mean = national * s.weight;
                    if (expected != null) {
                        expected.accept(new ExpectedDemand(item.code, regions.get(r).code(), period, mean));
                        expectedRows++;
                    }
                    long quantity = s.draw(mean);
                    if (quantity > 0) {
                        totalQuantity += quantity;
                        split(item, r, year, days, quantity, inflation[year], s.rng, byDay);
                    }
                }
            }
            for (int d = 0; d < days; d++) {
                LocalDate date = period.atDay(d + 1);
                for (Delivery delivery : byDay.get(d)) {
                    lines.accept(delivery.toLine(++recordId, date, regions.get(delivery.region).code()));
                }
                byDay.get(d).clear();
            }
        }
        return new GenerationSummary(recordId, expectedRows, catalog.items.size(), catalog.manufacturers.size(),
                profile.months(), totalQuantity);
    }

    private void split(Item item, int region, int year, int days, long quantity, double inflation, Rng rng,
                       List<List<Delivery>> byDay) {
        int parts = quantity < 20 ? 1 : quantity < 200 ? 1 + rng.nextInt(2) : 2 + rng.nextInt(2);
        double[] weights = new double[parts];
        double total = 0;
        for (int p = 0; p < parts; p++) {
            weights[p] = rng.uniform(0.3, 1);
            total += weights[p];
        }
        List<String> customers = catalog.customers.get(region);
        double[] customerWeights = new double[customers.size()];
        for (int c = 0; c < customerWeights.length; c++) {
            customerWeights[c] = c == 0 ? Math.max(1, customerWeights.length - 1) : 1;
        }
        long left = quantity;
        for (int p = 0; p < parts; p++) {
            long q = p == parts - 1 ? left : (long) Math.floor(quantity * weights[p] / total);
            left -= q;
            int supplier = rng.pick(item.shares[year]);
            int customer = rng.pick(customerWeights);
            int day = rng.nextInt(days);
            boolean contract = item.underContract(supplier, year);
            ContractType type = contract ? ContractType.LONG_TERM
                    : rng.nextDouble() < profile.singleSourceShare() ? ContractType.SINGLE_SOURCE : ContractType.TENDER;
            if (q <= 0) {
                continue;
            }
            Manufacturer maker = catalog.manufacturers.get(item.suppliers[supplier]);
            double yearFactor = contract ? 0.97 : item.yearPriceNoise[year];
            double price = Catalog.round2(item.price * maker.priceFactor() * inflation * yearFactor);
            byDay.get(day).add(new Delivery(item, maker, region, customers.get(customer), q, price, type));
        }
    }

    /**
     * Writes {@code procurement.csv} (or {@code procurement.csv.gz} with {@code gzip}) into {@code directory}, and
     * {@code expected-demand.csv} (or {@code .csv.gz}) when {@code truth} is set: {@code item_code,region,period,
     * expected_quantity} with the period as {@code yyyy-MM} and the quantity rounded to 0.001.
     *
     * @throws UncheckedIOException if writing fails
     */
    public GenerationSummary writeTo(Path directory, boolean truth, boolean gzip) throws IOException {
        Files.createDirectories(directory);
        String suffix = gzip ? ".csv.gz" : ".csv";
        try (ProcurementCsvWriter lines = ProcurementCsvWriter.open(directory.resolve("procurement" + suffix));
             Writer expected = truth ? open(directory.resolve("expected-demand" + suffix)) : null) {
            Consumer<ExpectedDemand> expectedSink = null;
            if (expected != null) {
                expected.write("item_code,region,period,expected_quantity\n");
                StringBuilder row = new StringBuilder(64);
                expectedSink = demand -> {
                    row.setLength(0);
                    row.append(demand.itemCode()).append(',').append(demand.region()).append(',')
                            .append(demand.period()).append(',');
                    appendThousandths(demand.expectedQuantity(), row);
                    row.append('\n');
                    try {
                        expected.append(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
            }
            return generate(lines::write, expectedSink);
        }
    }

    private static Writer open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** {@code value} rounded to 0.001, without trailing zeros. */
    static void appendThousandths(double value, StringBuilder out) {
        long thousandths = Math.round(value * 1000);
        out.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            out.append('.');
            String digits = Long.toString(1000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append(digits, 0, end);
        }
    }

    /** A delivery waiting for its record id (ids follow date order within the month). */
    private record Delivery(Item item, Manufacturer maker, int region, String customer, long quantity, double price,
                            ContractType type) {

        ProcurementLine toLine(long recordId, LocalDate date, String regionCode) {
            return new ProcurementLine(Long.toString(recordId), date, maker.bin(), maker.name(), item.code, item.name,
                    item.atc, regionCode, customer, quantity, item.unit, price, Catalog.round2(quantity * price),
                    maker.domestic(), type);
        }
    }
}
