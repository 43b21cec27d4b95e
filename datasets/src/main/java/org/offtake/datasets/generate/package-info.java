/**
 * The synthetic national procurement generator: {@link org.offtake.datasets.generate.ProcurementGenerator} with a
 * {@link org.offtake.datasets.generate.GeneratorProfile} and a seed writes a deterministic procurement history and,
 * on request, its noise-free expected demand ({@link org.offtake.datasets.generate.ExpectedDemand}).
 */
package org.offtake.datasets.generate;
