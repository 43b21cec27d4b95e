package org.offtake.batch.report;

import java.nio.file.Path;

import org.offtake.batch.nightly.ProgressLog;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code report} step of {@code nightlyForecast}, between backtest and publish: the planners' workbook and HTML
 * report, made from the run's results in the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
public class ReportConfiguration {

    /** The workbook's file name for the run of {@code asOf}: {@code offtake-<as-of>.xlsx}. */
    public static String workbookName(String asOf) {
        return SafePaths.fileName("offtake-" + asOf, "xlsx");
    }

    /** The HTML report's file name for the run of {@code asOf}: {@code report-<as-of>.html}. */
    public static String reportName(String asOf) {
        return SafePaths.fileName("report-" + asOf, "html");
    }

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager tm, ReportTasklet reportTasklet,
                           ProgressLog taskProgress) {
        return new StepBuilder("report", jobRepository).tasklet(reportTasklet, tm)
                .listener((StepExecutionListener) taskProgress).build();
    }

    @Bean
    public PlannerOutputs plannerOutputs(JdbcTemplate jdbc, ReportProperties settings) {
        return new PlannerOutputs(jdbc, settings);
    }

    @Bean
    @StepScope
    ReportTasklet reportTasklet(PlannerOutputs plannerOutputs, ReportProperties settings,
                                @Value("#{jobParameters['as-of']}") String asOf,
                                @Value("#{jobParameters['output']}") String output, ProgressLog taskProgress) {
        return new ReportTasklet(plannerOutputs, settings, asOf, Path.of(output), taskProgress);
    }
}
