package org.offtake.batch;

import java.sql.Connection;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Flyway migration 1: Spring Batch's own metadata tables (job repository), created by running the schema script that
 * ships inside spring-batch-core for the database in use. So Flyway manages every table, and Boot's
 * {@code spring.batch.jdbc.initialize-schema} stays {@code never}. Its name is Flyway's convention: version 1,
 * description "Spring batch metadata".
 */
@SuppressWarnings("checkstyle:TypeName") // Flyway reads version 1 and the description from the class name
public class V1__Spring_batch_metadata extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String platform;
        if (product.contains("h2")) {
            platform = "h2";
        } else if (product.contains("postgres")) {
            platform = "postgresql";
        } else {
            throw new IllegalStateException("database '" + product + "' is not supported; use H2 or PostgreSQL");
        }
        ScriptUtils.executeSqlScript(connection,
                new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
    }
}
