package org.offtake.benchmarks;

/**
 * One series of a benchmark file: its training values (the model sees these) and its test values (the horizon).
 *
 * @param id       series id
 * @param category the file's category column, or empty
 * @param train    training values in time order
 * @param test     held-out values in time order
 */
public record BenchmarkSeries(String id, String category, double[] train, double[] test) {
}
