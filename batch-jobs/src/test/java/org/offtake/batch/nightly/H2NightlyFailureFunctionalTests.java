package org.offtake.batch.nightly;

import java.nio.file.Path;

import org.offtake.batch.TestDatabase;

/** A run that fails and is resumed, on the embedded H2 file database. */
class H2NightlyFailureFunctionalTests extends AbstractNightlyFailureFunctionalTests {

    @Override
    TestDatabase emptyDatabase(Path dir) {
        return TestDatabase.h2(dir);
    }
}
