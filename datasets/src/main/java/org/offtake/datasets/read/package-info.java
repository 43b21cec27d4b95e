/**
 * Readers for the procurement files real users have, and the writer of the canonical layout.
 * {@link org.offtake.datasets.read.ProcurementSource} streams a CSV or XLSX file as accepted lines and rejections with
 * reason codes ({@link org.offtake.datasets.read.RejectReason}); {@link org.offtake.datasets.read.ReadOptions} sets the
 * as-of month, the column mapping, the amount tolerance and where to resume;
 * {@link org.offtake.datasets.read.ProcurementCsvWriter} writes the canonical layout.
 */
package org.offtake.datasets.read;
