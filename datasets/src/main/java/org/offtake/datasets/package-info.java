/**
 * Procurement data: the canonical procurement line ({@link org.offtake.datasets.ProcurementLine}), its columns
 * ({@link org.offtake.datasets.CanonicalColumn}) and contract types ({@link org.offtake.datasets.ContractType}).
 * The generator of a synthetic national procurement history is in {@code org.offtake.datasets.generate}; the readers
 * for the files real users have (CSV, XLSX) and the canonical writer are in {@code org.offtake.datasets.read}.
 */
package org.offtake.datasets;
