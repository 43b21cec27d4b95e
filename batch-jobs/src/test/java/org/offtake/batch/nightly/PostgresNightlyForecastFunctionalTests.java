package org.offtake.batch.nightly;

import java.nio.file.Path;

import org.offtake.batch.TestDatabase;

/**
 * The nightly job's functional tests on PostgreSQL (the server configured by {@code OFFTAKE_TEST_POSTGRES_URL};
 * skipped with a message when there is none).
 */
class PostgresNightlyForecastFunctionalTests extends AbstractNightlyForecastFunctionalTests {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.postgres();
    }
}
