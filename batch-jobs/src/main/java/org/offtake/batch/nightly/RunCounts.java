package org.offtake.batch.nightly;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.offtake.datasets.read.RejectReason;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The run's counts for its summary, taken by the publish step as it writes the files (so that the complete step
 * need not count the result tables again) and kept in publish's execution context, which a restart keeps too.
 */
final class RunCounts {

    private static final String PREFIX = "summary.";

    long demandRows;
    long itemRegionSeries;
    long manufacturerItemSeries;
    long forecastRows;
    long forecastSeries;
    /** Series of the item and item x region levels per model family ({@link CompleteTasklet#family}). */
    final Map<String, Long> models = new TreeMap<>();
    long recommendations;
    long recommendationRows;
    long rejected;
    /** Every reason code, with 0 for the reasons no row had. */
    final Map<String, Long> rejectedByReason = new LinkedHashMap<>();

    RunCounts() {
        for (RejectReason reason : RejectReason.values()) {
            rejectedByReason.put(reason.code(), 0L);
        }
    }

    /** Counts a demand series of {@code level} ({@code item_region} or {@code manufacturer_item}). */
    void demandSeries(String level) {
        if (level.equals("item_region")) {
            itemRegionSeries++;
        } else {
            manufacturerItemSeries++;
        }
    }

    void saveTo(ExecutionContext context) {
        context.putLong(PREFIX + "demandRows", demandRows);
        context.putLong(PREFIX + "itemRegionSeries", itemRegionSeries);
        context.putLong(PREFIX + "manufacturerItemSeries", manufacturerItemSeries);
        context.putLong(PREFIX + "forecastRows", forecastRows);
        context.putLong(PREFIX + "forecastSeries", forecastSeries);
        context.putLong(PREFIX + "recommendations", recommendations);
        context.putLong(PREFIX + "recommendationRows", recommendationRows);
        context.putLong(PREFIX + "rejected", rejected);
        context.put(PREFIX + "models", new TreeMap<>(models));
        context.put(PREFIX + "rejectedByReason", new LinkedHashMap<>(rejectedByReason));
    }

    /**
     * The counts a publish step saved.
     *
     * @throws IllegalStateException if the context holds none (publish has not completed)
     */
    @SuppressWarnings("unchecked")
    static RunCounts from(ExecutionContext context) {
        if (!context.containsKey(PREFIX + "demandRows")) {
            throw new IllegalStateException("the publish step left no counts in its execution context; expected a "
                    + "completed publish step before the complete step");
        }
        RunCounts c = new RunCounts();
        c.demandRows = context.getLong(PREFIX + "demandRows");
        c.itemRegionSeries = context.getLong(PREFIX + "itemRegionSeries");
        c.manufacturerItemSeries = context.getLong(PREFIX + "manufacturerItemSeries");
        c.forecastRows = context.getLong(PREFIX + "forecastRows");
        c.forecastSeries = context.getLong(PREFIX + "forecastSeries");
        c.recommendations = context.getLong(PREFIX + "recommendations");
        c.recommendationRows = context.getLong(PREFIX + "recommendationRows");
        c.rejected = context.getLong(PREFIX + "rejected");
        ((Map<String, Number>) context.get(PREFIX + "models")).forEach((k, v) -> c.models.put(k, v.longValue()));
        ((Map<String, Number>) context.get(PREFIX + "rejectedByReason"))
                .forEach((k, v) -> c.rejectedByReason.put(k, v.longValue()));
        return c;
    }

    /** Tells when rows sorted by series key start a new series. */
    static final class SeriesKeys {
        private String level;
        private String item;
        private String region;
        private String manufacturer;

        /** Whether this row's series differs from the previous row's. */
        boolean isNew(String level, String item, String region, String manufacturer) {
            boolean same = Objects.equals(level, this.level) && Objects.equals(item, this.item)
                    && Objects.equals(region, this.region) && Objects.equals(manufacturer, this.manufacturer);
            this.level = level;
            this.item = item;
            this.region = region;
            this.manufacturer = manufacturer;
            return !same;
        }
    }
}
