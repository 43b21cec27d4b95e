/**
 * The nightly forecasting job (Spring Batch). Filled in by the batch-jobs issue; the module exists so that the build
 * has its final shape.
 */
package org.offtake.batch;
