/**
 * The nightly forecasting application: Spring Boot wiring, the job's settings, the database schema (Flyway) and the
 * runner that starts or restarts {@code nightlyForecast} and turns its outcome into an exit code. The job itself is
 * in {@link org.offtake.batch.nightly}.
 */
package org.offtake.batch;
