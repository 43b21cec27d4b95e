package org.offtake.batch.report;

import java.nio.file.Path;

import org.offtake.batch.TestDatabase;

/** The planner outputs from a PostgreSQL database (skipped when none is configured). */
class PostgresPlannerOutputsFunctionalTests extends AbstractPlannerOutputsFunctionalTests {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.postgres();
    }
}
