package org.offtake.batch.nightly;

import java.nio.file.Path;

import org.offtake.batch.TestDatabase;

/**
 * A run that fails and is resumed, on PostgreSQL (the server configured by {@code OFFTAKE_TEST_POSTGRES_URL};
 * skipped with a message when there is none).
 */
class PostgresNightlyFailureFunctionalTests extends AbstractNightlyFailureFunctionalTests {

    @Override
    TestDatabase emptyDatabase(Path dir) {
        return TestDatabase.postgres();
    }
}
