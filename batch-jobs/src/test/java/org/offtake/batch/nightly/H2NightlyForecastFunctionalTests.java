package org.offtake.batch.nightly;

import java.nio.file.Path;

import org.offtake.batch.TestDatabase;

/** The nightly job's functional tests on the embedded H2 file database (the default). */
class H2NightlyForecastFunctionalTests extends AbstractNightlyForecastFunctionalTests {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }
}
