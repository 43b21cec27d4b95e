package org.offtake.batch.nightly;

import java.nio.file.Path;

import org.offtake.batch.TestDatabase;

/** Restart after SIGKILL in every step, on the embedded H2 file database. */
class H2NightlyRestartFunctionalTests extends AbstractNightlyRestartFunctionalTests {

    @Override
    TestDatabase emptyDatabase(Path dir) {
        return TestDatabase.h2(dir);
    }
}
