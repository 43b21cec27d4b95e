package org.offtake.batch.report;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the HTML template shows: text already formatted (numbers with separators, months, words), which the
 * template escapes. Public because the template engine reads it by reflection.
 */
public final class ReportView {

    private ReportView() {
    }

    /** A label and a value of the run's overview. */
    public record Fact(String label, String value) {
    }

    /** A manufacturer of the index, with its recommended items and a line counting them. */
    public record Manufacturer(String name, String id, String domestic, String summary, List<Link> items) {
    }

    /** A link from the index to a manufacturer x item: its section (with a chart) or its row in the table. */
    public record Link(String anchor, String text) {
    }

    /** One contract year of a charted manufacturer x item. */
    public record Year(String year, String months, String firm, String option, String p10, String p50, String p90,
                       String probabilityOfExcess, String expectedCost, String reason) {
    }

    /**
     * A manufacturer x item with its chart (drawn when the template asks for it, so that charts are not all held in
     * memory at once).
     */
    public record Section(String anchor, String rank, String manufacturer, String manufacturerId, String item,
                          String itemCode, String term, String share, String firm, String option, String value,
                          String terms, String modelWords, String model, String chartAlt, List<Year> years,
                          Supplier<String> chartSupplier) {

        /** The chart as a PNG data URI, or null when it could not be drawn. */
        public String chart() {
            return chartSupplier.get();
        }
    }

    /** A manufacturer x item listed without a chart. */
    public record Row(String anchor, String rank, String manufacturer, String manufacturerId, String item,
                      String itemCode, String term, String firm, String option, String value, String modelWords) {
    }
}
