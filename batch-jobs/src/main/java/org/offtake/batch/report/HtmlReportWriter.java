package org.offtake.batch.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offtake.batch.nightly.ProgressLog;
import org.offtake.batch.report.ReportRecords.ContractYear;
import org.offtake.batch.report.ReportRecords.Pair;
import org.offtake.batch.report.ReportRecords.RunCounts;
import org.offtake.batch.report.ReportRecords.RunInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The run's HTML report: one self-contained UTF-8 file (charts inline as PNG data URIs, styles inline, no script, a
 * content security policy that forbids fetching anything or running any script), rendered by Thymeleaf, which escapes
 * every value it writes. It holds an overview of the run, an index by manufacturer, and for every recommendation
 * (or only the {@code topPairs} largest by contract value, when capped) a section with a chart
 * ({@link ContractChart}), the contract years, the model in words and the reasons; recommendations past the cap are
 * listed in a table without charts.
 *
 * <p>Charts need Java2D to draw text, which needs fontconfig and at least one font on Linux. When a first chart
 * cannot be drawn (the font manager throws, as it does on a machine with a JDK only), the report is written without
 * charts, with a note at its top and a warning in the log saying why and what to install.
 */
final class HtmlReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReportWriter.class);
    private static final TemplateEngine ENGINE = engine();

    /** Draws one chart as a PNG data URI ({@link ContractChart#pngDataUri}; another in tests). */
    @FunctionalInterface
    interface Charts {
        String draw(Map<YearMonth, Double> history, Map<YearMonth, double[]> forecast, List<ContractYear> years);
    }

    /** Recommendations up to which the index is shown open. */
    static final int OPEN_INDEX = 60;

    private final RunReader reader;
    private final int topPairs;
    private final ProgressLog progress;
    private final Charts charts;
    private String noCharts;
    private int drawn;

    /**
     * @param topPairs at most this many recommendations get a section with a chart ({@link Integer#MAX_VALUE}: all)
     * @param progress counts the charts drawn
     */
    HtmlReportWriter(RunReader reader, int topPairs, ProgressLog progress) {
        this(reader, topPairs, progress, ContractChart::pngDataUri);
    }

    HtmlReportWriter(RunReader reader, int topPairs, ProgressLog progress, Charts charts) {
        this.reader = reader;
        this.topPairs = topPairs;
        this.progress = progress;
        this.charts = charts;
    }

    /**
     * Null when charts can be drawn here; otherwise why not and what to do, said once in the log as a warning. A
     * failure of Java's font manager is an {@link Error} as often as an exception, so any throwable but running out
     * of memory or stack counts.
     */
    private String chartsUnavailable(Throwable failure) {
        if (failure instanceof OutOfMemoryError || failure instanceof StackOverflowError) {
            throw (Error) failure;
        }
        String why = failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        LOG.warn("the HTML report is written without charts: Java cannot draw them on this machine ({}). Headless "
                + "Java needs fontconfig and at least one font to draw chart text; install them (Debian or Ubuntu: "
                + "apt-get install fontconfig fonts-dejavu-core) and write the report again with --report-only=true",
                why);
        return "The charts are left out of this report: this machine could not draw them (" + why + "). Java needs "
                + "fontconfig and at least one font to draw chart text; once they are installed (Debian or Ubuntu: "
                + "apt-get install fontconfig fonts-dejavu-core), write the report again with --report-only=true. "
                + "Every figure is in the tables below and in the workbook.";
    }

    /** The chart of a section, or null (and no more charts) once one could not be drawn. */
    private String chart(Map<YearMonth, Double> history, Map<YearMonth, double[]> forecast,
                         List<ContractYear> years) {
        if (noCharts != null) {
            return null;
        }
        try {
            String chart = charts.draw(history, forecast, years);
            drawn++;
            progress.add(1);
            return chart;
        } catch (Throwable failure) {
            noCharts = chartsUnavailable(failure);
            return null;
        }
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReportWriter.class.getClassLoader());
        resolver.setPrefix("org/offtake/batch/report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Writes the report to {@code file} (beside it first, then moved into place); returns the charts drawn. */
    int write(Path file, RunInfo run, RunCounts counts, List<Pair> pairs) throws IOException {
        int charted = Math.min(topPairs, pairs.size());
        noCharts = null;
        drawn = 0;
        if (charted > 0) {
            try {
                // an empty chart first: without fonts, the report says so at its top
                charts.draw(Map.of(), Map.of(), List.of());
            } catch (Throwable failure) {
                noCharts = chartsUnavailable(failure);
            }
        }
        progress.phase("charts drawn", noCharts == null ? charted : 0);

        List<ReportView.Fact> facts = new ArrayList<>();
        facts.add(new ReportView.Fact("As-of month", run.asOf()));
        facts.add(new ReportView.Fact("Run started", run.started() == null ? ""
                : run.started().withNano(0).toString().replace('T', ' ')));
        facts.add(new ReportView.Fact("Input", run.input()));
        facts.add(new ReportView.Fact("Input rows", whole(counts.rowsRead()) + " read, "
                + whole(counts.accepted()) + " accepted, " + whole(counts.rejected()) + " rejected"));
        facts.add(new ReportView.Fact("Bought", whole(counts.items()) + " items from " + whole(counts.manufacturers())
                + " manufacturers"));
        facts.add(new ReportView.Fact("Contract recommendations", whole(counts.recommendations())
                + " manufacturer x item pairs"));

        List<ReportView.Section> sections = new ArrayList<>();
        List<ReportView.Row> rows = new ArrayList<>();
        Map<String, List<ReportView.Link>> linksByManufacturer = new LinkedHashMap<>();
        Map<String, Pair> manufacturerOf = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            String anchor = (i < charted ? "pair-" : "other-") + (i + 1);
            String rank = (i + 1) + ".";
            String term = p.from() + " to " + p.to();
            String value = p.value() == null ? "unknown (no prices)" : whole(p.value()) + " tenge";
            if (i < charted) {
                sections.add(section(p, anchor, rank, term, value));
            } else {
                rows.add(new ReportView.Row(anchor, Integer.toString(i + 1), p.manufacturerName(), p.manufacturerId(),
                        p.itemName(), p.itemCode(), term, whole(p.firm()), whole(p.option()), value,
                        ModelWords.describe(p.model())));
            }
            linksByManufacturer.computeIfAbsent(p.manufacturerId(), k -> new ArrayList<>())
                    .add(new ReportView.Link(anchor, p.itemName() + " (" + p.itemCode() + "): firm " + whole(p.firm())
                            + (i < charted ? "" : ", no chart")));
            manufacturerOf.putIfAbsent(p.manufacturerId(), p);
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru"));
        List<ReportView.Manufacturer> manufacturers = new ArrayList<>();
        manufacturerOf.values().stream()
                .sorted(Comparator.comparing(Pair::manufacturerName, collator).thenComparing(Pair::manufacturerId))
                .forEach(p -> {
                    List<ReportView.Link> links = linksByManufacturer.get(p.manufacturerId());
                    long withCharts = links.stream().filter(l -> l.anchor().startsWith("pair-")).count();
                    manufacturers.add(new ReportView.Manufacturer(p.manufacturerName(), p.manufacturerId(),
                            p.domestic() ? "domestic" : "not domestic", String.format(Locale.ROOT,
                                    "%,d recommendation%s, %,d with a chart", links.size(),
                                    links.size() == 1 ? "" : "s", withCharts), links));
                });

        Context context = new Context(Locale.ROOT);
        context.setVariable("asOf", run.asOf());
        context.setVariable("facts", facts);
        context.setVariable("manufacturers", manufacturers);
        // a short index is shown open; a long one (the national run) closed, one line per manufacturer
        context.setVariable("openIndex", pairs.size() <= OPEN_INDEX);
        context.setVariable("sections", sections);
        context.setVariable("rows", rows);
        context.setVariable("noCharts", noCharts);
        context.setVariable("truncated", pairs.size() > charted);
        context.setVariable("truncatedNote", String.format(Locale.ROOT, "This report draws charts for the %,d largest "
                + "of the %,d recommendations by contract value (offtake.report.top-pairs); the other %,d are listed "
                + "without charts under \"Other recommendations\" and are all in the workbook.", charted, pairs.size(),
                pairs.size() - charted));
        context.setVariable("othersNote", String.format(Locale.ROOT, "The %,d recommendations after the first %,d, by "
                + "contract value. Their contract years, reasons and forecasts are in the workbook.", rows.size(),
                charted));

        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
            ENGINE.process("report", context, out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return drawn;
    }

    private ReportView.Section section(Pair p, String anchor, String rank, String term, String value) {
        List<ContractYear> years = reader.contractYears(p.manufacturerId(), p.itemCode());
        List<ReportView.Year> rows = new ArrayList<>();
        for (ContractYear y : years) {
            // year 0, the whole term, last
            if (y.year() != 0) {
                rows.add(year(y, "Year " + y.year()));
            }
        }
        for (ContractYear y : years) {
            if (y.year() == 0) {
                rows.add(year(y, "Whole term"));
            }
        }
        String alt = "Chart: monthly purchases of " + p.itemName() + " from " + p.manufacturerName()
                + ", forecast mean with 80 % and 95 % intervals, and the recommended firm volume per contract year";
        return new ReportView.Section(anchor, rank, p.manufacturerName(), p.manufacturerId(), p.itemName(),
                p.itemCode(), term, percent(p.share()), whole(p.firm()), whole(p.option()), value, p.termsSource(),
                ModelWords.describe(p.model()), p.model(), alt, rows,
                () -> noCharts != null ? null : chart(reader.history(p.manufacturerId(), p.itemCode()),
                        reader.forecast(p.manufacturerId(), p.itemCode()), years));
    }

    private static ReportView.Year year(ContractYear y, String label) {
        return new ReportView.Year(label, y.from() + " to " + y.to(), whole(y.firm()), whole(y.option()),
                whole(y.p10()), whole(y.p50()), whole(y.p90()), percent(y.probabilityOfExcess()),
                decimal(y.expectedCost()), y.reason());
    }

    static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

}
