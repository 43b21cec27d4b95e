package org.offtake.batch.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the planner outputs, under {@code offtake.report.*}.
 *
 * @param enabled            write the workbook and the HTML report (the CSV files and the summary are written
 *                           either way)
 * @param topPairs           at most this many manufacturer x item recommendations drawn with a chart in the HTML
 *                           report, the largest by contract value, the others listed in a table without charts; not
 *                           set (the default): every recommendation has its chart
 * @param revisionThreshold  relative change of a series' 12-month forecast total since the previous month's run
 *                           above which the series is listed on the workbook's Revisions sheet (0.2: 20 %)
 * @param regionalForecasts  put the item x region forecasts on the workbook's Forecasts sheet too (nationally they are
 *                           six rows in seven: about a million, which spill onto a second sheet); they are always in
 *                           {@code forecasts.csv}
 * @param only               do not run the job: write the planner outputs of the as-of month's run (already in the
 *                           database) into the output directory, and exit
 */
@ConfigurationProperties("offtake.report")
public record ReportProperties(@DefaultValue("true") boolean enabled, Integer topPairs,
                               @DefaultValue("0.2") double revisionThreshold,
                               @DefaultValue("true") boolean regionalForecasts, @DefaultValue("false") boolean only) {

    /**
     * @throws IllegalArgumentException naming the property and what it accepts
     */
    public ReportProperties {
        if (topPairs != null && topPairs < 0) {
            throw new IllegalArgumentException("offtake.report.top-pairs is " + topPairs + "; expected 0 or more "
                    + "(charts in the HTML report)");
        }
        if (!(revisionThreshold >= 0) || Double.isInfinite(revisionThreshold)) {
            throw new IllegalArgumentException("offtake.report.revision-threshold is " + revisionThreshold
                    + "; expected a relative change of 0 or more, for example 0.2 for 20 %");
        }
    }

    /** How many recommendations get a chart at most: {@code topPairs}, or all when it is not set. */
    public int chartCap() {
        return topPairs == null ? Integer.MAX_VALUE : topPairs;
    }
}
