package org.offtake.batch.nightly;

import java.nio.file.Path;

import org.offtake.batch.TestDatabase;

/** Restart after SIGKILL in every step, on PostgreSQL (skipped with a message when no server is configured). */
class PostgresNightlyRestartFunctionalTests extends AbstractNightlyRestartFunctionalTests {

    @Override
    TestDatabase emptyDatabase(Path dir) {
        return TestDatabase.postgres();
    }
}
