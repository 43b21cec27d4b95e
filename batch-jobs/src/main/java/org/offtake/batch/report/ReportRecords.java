package org.offtake.batch.report;

import java.time.LocalDateTime;

/** The values the planner outputs are made of, read from the result tables by {@link RunReader}. */
final class ReportRecords {

    private ReportRecords() {
    }

    /**
     * The run.
     *
     * @param asOf           as-of month
     * @param jobExecutionId Spring Batch's execution id of the run's first execution
     * @param started        when the run started
     * @param input          the procurement file
     * @param inputChecksum  its SHA-256
     * @param previousAsOf   the latest earlier month with a completed run, or null
     */
    record RunInfo(String asOf, long jobExecutionId, LocalDateTime started, String input, String inputChecksum,
                   String previousAsOf) {
    }

    /**
     * Counts of the run.
     *
     * @param rowsRead        input rows read
     * @param accepted        accepted procurement lines
     * @param rejected        rejected lines
     * @param recommendations manufacturer x item contract recommendations
     * @param manufacturers   manufacturers in the accepted lines
     * @param items           items in the accepted lines
     */
    record RunCounts(long rowsRead, long accepted, long rejected, long recommendations, long manufacturers,
                     long items) {
    }

    /**
     * One manufacturer x item contract recommendation as a whole (its year-0 row) with names and a value.
     *
     * @param manufacturerId   manufacturer id (BIN)
     * @param manufacturerName its name, as in the procurement lines
     * @param domestic         whether it is a domestic manufacturer
     * @param itemCode         item code
     * @param itemName         item name
     * @param from             first month of the contract
     * @param to               last month
     * @param share            share of the item's demand
     * @param firm             firm volume over the term
     * @param option           option volume over the term
     * @param unitPrice        mean unit price of the pair's purchases (last 12 months, else all), or null
     * @param value            firm volume times unit price, or null when the price is unknown
     * @param termsSource      where the terms came from
     * @param model            the item's forecasting model
     */
    record Pair(String manufacturerId, String manufacturerName, boolean domestic, String itemCode, String itemName,
                String from, String to, double share, double firm, double option, Double unitPrice, Double value,
                String termsSource, String model) {
    }

    /**
     * One row of {@code contract_recommendation}: a contract year, or year 0 for the whole term.
     */
    record ContractYear(String manufacturerId, String itemCode, int year, String from, String to, double share,
                        double firm, double option, double mean, double p10, double p50, double p90,
                        double expectedShortfall, double expectedExcess, double probabilityOfExcess,
                        double expectedCost, String termsSource, String model, String reason) {
    }

    /**
     * A series whose forecast total over the compared months moved by more than the threshold since the previous
     * run.
     *
     * @param level          item_region, item or manufacturer_item
     * @param itemCode       item code
     * @param region         region, or empty
     * @param manufacturerId manufacturer id, or empty
     * @param from           first compared month
     * @param to             last compared month
     * @param months         months compared (forecast by both runs)
     * @param previous       the previous run's total over those months
     * @param current        this run's total
     */
    record Revision(String level, String itemCode, String region, String manufacturerId, String from, String to,
                    int months, double previous, double current) {

        /** Relative change, {@code current / previous - 1}; null when the previous total was 0. */
        Double change() {
            return previous == 0 ? null : current / previous - 1;
        }
    }
}
