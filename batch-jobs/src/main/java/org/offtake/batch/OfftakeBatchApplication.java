package org.offtake.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The nightly application: starts Spring, runs (or resumes) {@code nightlyForecast} once through
 * {@link NightlyRunner}, and exits with its code: 0 when the job completed, 1 when it failed, 2 when the input or
 * the settings were wrong before it started.
 */
@SpringBootApplication
@EnableConfigurationProperties(OfftakeProperties.class)
public class OfftakeBatchApplication {

    /** Flyway migration 1, Spring Batch's metadata tables (the result tables are migration 2, in SQL). */
    @Bean
    V1__Spring_batch_metadata batchMetadataMigration() {
        return new V1__Spring_batch_metadata();
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(OfftakeBatchApplication.class, args);
        int code = context.getBean(NightlyRunner.class).run();
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
