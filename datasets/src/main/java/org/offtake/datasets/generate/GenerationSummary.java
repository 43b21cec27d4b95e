package org.offtake.datasets.generate;

/**
 * What a generation wrote.
 *
 * @param lines          procurement lines
 * @param expectedRows   expected-demand rows (0 when the truth was not asked for)
 * @param items          items in the catalogue
 * @param manufacturers  manufacturers
 * @param months         months of history
 * @param totalQuantity  the sum of the quantities of all lines
 */
public record GenerationSummary(long lines, long expectedRows, int items, int manufacturers, int months,
                                double totalQuantity) {
}
