package org.offtake.batch;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database a test runs the job against: an H2 file database in a test folder, or the PostgreSQL server named by
 * the environment variable (or system property) {@code OFFTAKE_TEST_POSTGRES_URL}, with
 * {@code OFFTAKE_TEST_POSTGRES_USER} and {@code OFFTAKE_TEST_POSTGRES_PASSWORD}; {@code .ci/run} starts one and sets
 * them.
 *
 * @param url      JDBC URL
 * @param user     user
 * @param password password
 */
public record TestDatabase(String url, String user, String password) {

    /** An H2 file database under {@code dir}, as the application makes it by default. */
    public static TestDatabase h2(Path dir) {
        return new TestDatabase("jdbc:h2:file:" + dir.toAbsolutePath() + "/offtake;AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "");
    }

    /**
     * The configured PostgreSQL database, emptied (its public schema dropped and created again); skips the calling
     * test with a message when none is configured.
     */
    public static TestDatabase postgres() {
        String url = setting("OFFTAKE_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "PostgreSQL variant skipped: set "
                + "OFFTAKE_TEST_POSTGRES_URL (and OFFTAKE_TEST_POSTGRES_USER, OFFTAKE_TEST_POSTGRES_PASSWORD) to a "
                + "database the tests may empty; .ci/run installs, starts and configures one");
        TestDatabase db = new TestDatabase(url, setting("OFFTAKE_TEST_POSTGRES_USER"),
                setting("OFFTAKE_TEST_POSTGRES_PASSWORD"));
        db.jdbc().execute("DROP SCHEMA public CASCADE");
        db.jdbc().execute("CREATE SCHEMA public");
        return db;
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    /** The application's arguments that select this database. */
    public List<String> args() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + (user == null ? "" : user),
                "--spring.datasource.password=" + (password == null ? "" : password));
    }

    /** A template on one connection of its own (closed when garbage). */
    public JdbcTemplate jdbc() {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, password, true);
        return new JdbcTemplate(ds);
    }
}
