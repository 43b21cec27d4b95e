/**
 * The planner outputs of a run: the workbook ({@link org.offtake.batch.report.WorkbookWriter}, streamed with POI) and
 * the self-contained HTML report with charts ({@link org.offtake.batch.report.HtmlReportWriter}, Thymeleaf and
 * XChart), both read from the result tables by the {@code report} step. Safety rules live in one place each: text a
 * spreadsheet could run as a formula in {@link org.offtake.batch.report.FormulaGuard}, file names made from data in
 * {@link org.offtake.batch.report.SafePaths}; HTML escaping is the template engine's.
 */
package org.offtake.batch.report;
