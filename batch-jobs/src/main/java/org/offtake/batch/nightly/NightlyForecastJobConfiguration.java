package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.offtake.batch.OfftakeProperties;
import org.offtake.datasets.read.ReadResult;
import org.offtake.forecast.hierarchy.Reconciler;
import org.offtake.forecast.hierarchy.ReconciliationMethod;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.support.builder.CompositeItemProcessorBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code nightlyForecast} job: prepare -> ingest -> series -> forecast (partitioned over local threads; each item
 * forecast, reconciled and its contracts sized) -> backtest -> report (the planners' workbook and HTML report,
 * {@link org.offtake.batch.report.ReportConfiguration}) -> publish (which completes the run). Job parameters: {@code as-of},
 * {@code input}, {@code input-checksum}, {@code run} (identifying), {@code output}, {@code horizon}, {@code paths},
 * {@code seed}, {@code model}, {@code reconciliation}, {@code contracts}.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyForecastJobConfiguration {

    /** The job's name. */
    public static final String JOB = "nightlyForecast";

    @Bean
    public Job nightlyForecast(JobRepository jobRepository, Step prepareStep, Step ingestStep, Step seriesStep,
                               Step forecastStep, Step backtestStep, Step reportStep, Step publishStep,
                               JdbcTemplate jdbc) {
        DefaultJobParametersValidator validator = new DefaultJobParametersValidator(
                new String[] {"as-of", "input", "input-checksum", "output"}, new String[0]);
        validator.afterPropertiesSet();
        return new JobBuilder(JOB, jobRepository).validator(validator).listener(runStatus(jdbc))
                .start(prepareStep).next(ingestStep).next(seriesStep).next(forecastStep).next(backtestStep)
                .next(reportStep).next(publishStep).build();
    }

    /** Marks the month's run row FAILED when the job does not complete (publish marks it COMPLETED). */
    private static JobExecutionListener runStatus(JdbcTemplate jdbc) {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    jdbc.update("UPDATE offtake_run SET status = ? WHERE as_of = ? AND job_execution_id = ?",
                            execution.getStatus().name(), execution.getJobParameters().getString("as-of"),
                            execution.getId());
                }
            }
        };
    }

    // --- prepare ---------------------------------------------------------------------------------------------

    @Bean
    public Step prepareStep(JobRepository jobRepository, PlatformTransactionManager tm, PrepareTasklet prepare,
                            ProgressLog taskProgress) {
        return new StepBuilder("prepare", jobRepository).tasklet(prepare, tm)
                .listener((StepExecutionListener) taskProgress).build();
    }

    @Bean
    @StepScope
    PrepareTasklet prepareTasklet(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf,
                                  @Value("#{jobParameters['input']}") String input,
                                  @Value("#{jobParameters['input-checksum']}") String checksum,
                                  ProgressLog taskProgress) {
        return new PrepareTasklet(jdbc, asOf, Path.of(input), checksum, taskProgress);
    }

    // --- ingest ----------------------------------------------------------------------------------------------

    @Bean
    public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestReader ingestReader,
                           IngestWriter ingestWriter, ProgressLog rowProgress) {
        return new StepBuilder("ingest", jobRepository).<ReadResult, ReadResult>chunk(2000).transactionManager(tm)
                .reader(ingestReader).writer(ingestWriter).listener(rowProgress).build();
    }

    @Bean
    @StepScope
    IngestReader ingestReader(@Value("#{jobParameters['input']}") String input,
                              @Value("#{jobParameters['as-of']}") String asOf) {
        return new IngestReader(Path.of(input), YearMonth.parse(asOf));
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf) {
        return new IngestWriter(jdbc, asOf);
    }

    /** Progress of the ingest step, in rows (of how many, or how far into the file, as its reader can tell). */
    @Bean
    @StepScope
    ProgressLog rowProgress(OfftakeProperties settings, IngestReader ingestReader) {
        return new ProgressLog("rows", settings.progressEvery(), ingestReader);
    }

    /** Progress of one step execution (each partition has its own), in items. */
    @Bean
    @StepScope
    ProgressLog itemProgress(OfftakeProperties settings) {
        return new ProgressLog("items", settings.progressEvery());
    }

    /** Progress of a tasklet step, counted by the tasklet in what it does (rows scanned, rows written, ...). */
    @Bean
    @StepScope
    public ProgressLog taskProgress(OfftakeProperties settings) {
        return new ProgressLog("", settings.progressEvery());
    }

    // --- series ----------------------------------------------------------------------------------------------

    @Bean
    public Step seriesStep(JobRepository jobRepository, PlatformTransactionManager tm, SeriesTasklet series,
                           ProgressLog taskProgress) {
        return new StepBuilder("series", jobRepository).tasklet(series, tm)
                .listener((StepExecutionListener) taskProgress).build();
    }

    @Bean
    @StepScope
    SeriesTasklet seriesTasklet(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf,
                                ProgressLog taskProgress) {
        return new SeriesTasklet(jdbc, asOf, taskProgress);
    }

    // --- forecast, reconcile, size contracts ----------------------------------------------------------------

    @Bean
    public Step forecastStep(JobRepository jobRepository, Step forecastPartition, Partitioner itemPartitioner,
                             OfftakeProperties settings) {
        int threads = threads(settings);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("offtake-partition-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder("forecast", jobRepository).partitioner("forecastPartition", itemPartitioner)
                .step(forecastPartition).gridSize(threads).taskExecutor(executor).build();
    }

    static int threads(OfftakeProperties settings) {
        return settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
    }

    /** Partition {@code i} of {@code n} takes the items whose number is {@code i} modulo {@code n}. */
    @Bean
    @StepScope
    Partitioner itemPartitioner(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < gridSize; i++) {
                ExecutionContext context = new ExecutionContext();
                context.putLong("modulus", gridSize);
                context.putLong("remainder", i);
                Long items = jdbc.queryForObject("SELECT COUNT(*) FROM series_item WHERE as_of = ? "
                        + "AND MOD(item_no, ?) = ?", Long.class, asOf, gridSize, i);
                context.putLong("total", items == null ? 0 : items);
                partitions.put(String.format(Locale.ROOT, "partition%02d", i), context);
            }
            return partitions;
        };
    }

    @Bean
    public Step forecastPartition(JobRepository jobRepository, PlatformTransactionManager tm,
                                  ItemBlockReader forecastReader, ForecastProcessor forecastProcessor,
                                  ReconcileProcessor reconcileProcessor, ContractProcessor contractProcessor,
                                  ItemResultsWriter itemResultsWriter, ProgressLog itemProgress,
                                  OfftakeProperties settings) {
        ItemProcessor<ItemBlock, ItemResults> pipeline = new CompositeItemProcessorBuilder<ItemBlock, ItemResults>()
                .delegates(forecastProcessor, reconcileProcessor, contractProcessor).build();
        return new StepBuilder("forecastPartition", jobRepository).<ItemBlock, ItemResults>chunk(settings.chunkSize())
                .transactionManager(tm).reader(forecastReader).processor(pipeline).writer(itemResultsWriter)
                .listener(itemProgress).build();
    }

    @Bean
    @StepScope
    ItemBlockReader forecastReader(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf,
                                   @Value("#{stepExecutionContext['modulus']}") Long modulus,
                                   @Value("#{stepExecutionContext['remainder']}") Long remainder) {
        return new ItemBlockReader("forecast", jdbc, asOf, modulus, remainder);
    }

    @Bean
    @StepScope
    ContractBook contractBook(OfftakeProperties settings, @Value("#{jobParameters['as-of']}") String asOf,
                              @Value("#{jobParameters['contracts'] ?: ''}") String contracts) throws IOException {
        return ContractBook.load(settings.contract(), YearMonth.parse(asOf).plusMonths(1),
                contracts.isBlank() ? null : Path.of(contracts));
    }

    @Bean
    @StepScope
    ForecastProcessor forecastProcessor(OfftakeProperties settings, ContractBook contractBook,
                                        @Value("#{jobParameters['model']}") String model,
                                        @Value("#{jobParameters['horizon']}") Long horizon,
                                        @Value("#{jobParameters['paths']}") Long paths,
                                        @Value("#{jobParameters['seed']}") Long seed,
                                        @Value("#{jobParameters['reconciliation']}") String method) {
        return new ForecastProcessor(Models.named(model), horizon.intValue(), paths.intValue(), seed,
                settings.timeoutPerSeries(), settings.sharesRecentMonths(), settings.contract().candidateMonths(),
                contractBook, reconciliationMethod(method));
    }

    @Bean
    @StepScope
    ReconcileProcessor reconcileProcessor(@Value("#{jobParameters['reconciliation']}") String method,
                                          @Value("#{jobParameters['horizon']}") Long horizon,
                                          @Value("#{jobParameters['as-of']}") String asOf) {
        Reconciler reconciler = Reconciler.builder().method(reconciliationMethod(method)).nonNegative().build();
        return new ReconcileProcessor(reconciler, horizon.intValue(), YearMonth.parse(asOf).plusMonths(1));
    }

    /**
     * The reconciliation method called {@code name}: one that needs no in-sample residuals, since the engine hands
     * over forecasts and paths only.
     *
     * @throws IllegalArgumentException naming the methods accepted
     */
    public static ReconciliationMethod reconciliationMethod(String name) {
        StringBuilder accepted = new StringBuilder();
        for (ReconciliationMethod m : ReconciliationMethod.values()) {
            if (!m.needsResiduals()) {
                if (m.name().equalsIgnoreCase(name.strip())) {
                    return m;
                }
                accepted.append(accepted.isEmpty() ? "" : ", ").append(m.name());
            }
        }
        throw new IllegalArgumentException("offtake.reconciliation '" + name + "' is not a method the job can use; "
                + "expected one of " + accepted);
    }

    @Bean
    @StepScope
    ContractProcessor contractProcessor(@Value("#{jobParameters['as-of']}") String asOf) {
        return new ContractProcessor(YearMonth.parse(asOf).plusMonths(1));
    }

    @Bean
    @StepScope
    ItemResultsWriter itemResultsWriter(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf) {
        return new ItemResultsWriter(jdbc, asOf);
    }

    // --- backtest --------------------------------------------------------------------------------------------

    @Bean
    public Step backtestStep(JobRepository jobRepository, PlatformTransactionManager tm,
                             ItemBlockReader backtestReader, BacktestProcessor backtestProcessor,
                             JdbcBatchItemWriter<BacktestProcessor.AccuracyRow> backtestWriter,
                             ProgressLog itemProgress) {
        return new StepBuilder("backtest", jobRepository)
                .<ItemBlock, BacktestProcessor.AccuracyRow>chunk(4).transactionManager(tm).reader(backtestReader)
                .processor(backtestProcessor).writer(backtestWriter).listener(itemProgress).build();
    }

    /** Every {@code offtake.backtest.every}-th item (none when 0). */
    @Bean
    @StepScope
    ItemBlockReader backtestReader(JdbcTemplate jdbc, OfftakeProperties settings,
                                   @Value("#{jobParameters['as-of']}") String asOf) {
        int every = settings.backtest().every();
        return every > 0 ? new ItemBlockReader("backtest", jdbc, asOf, every, 0)
                : new ItemBlockReader("backtest", jdbc, asOf, Long.MAX_VALUE, -1);
    }

    @Bean
    @StepScope
    BacktestProcessor backtestProcessor(OfftakeProperties settings, @Value("#{jobParameters['model']}") String model,
                                        @Value("#{jobParameters['as-of']}") String asOf) {
        return new BacktestProcessor(Models.named(model), settings.backtest().horizon(), settings.backtest().windows(),
                asOf);
    }

    @Bean
    JdbcBatchItemWriter<BacktestProcessor.AccuracyRow> backtestWriter(DataSource dataSource) {
        return new JdbcBatchItemWriterBuilder<BacktestProcessor.AccuracyRow>().dataSource(dataSource)
                .sql("INSERT INTO backtest_accuracy (as_of, item_code, origins, horizon, mae, rmse, mase, smape, wape, "
                        + "bias, coverage_80, coverage_95, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .itemPreparedStatementSetter((row, ps) -> {
                    ps.setString(1, row.asOf());
                    ps.setString(2, row.itemCode());
                    ps.setInt(3, row.origins());
                    ps.setInt(4, row.horizon());
                    double[] values = {row.summary().mae(), row.summary().rmse(), row.summary().mase(),
                        row.summary().smape(), row.summary().wape(), row.summary().bias()};
                    for (int i = 0; i < values.length; i++) {
                        setDouble(ps, 5 + i, values[i]);
                    }
                    setDouble(ps, 11, row.coverage80() == null ? Double.NaN : row.coverage80());
                    setDouble(ps, 12, row.coverage95() == null ? Double.NaN : row.coverage95());
                    ps.setString(13, Text.clip(row.model(), 2000));
                }).build();
    }

    private static void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isFinite(value)) {
            ps.setDouble(index, value);
        } else {
            ps.setNull(index, Types.DOUBLE);
        }
    }

    // --- publish ---------------------------------------------------------------------------------------------

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, PublishTasklet publish,
                            ProgressLog taskProgress) {
        return new StepBuilder("publish", jobRepository).tasklet(publish, tm)
                .listener((StepExecutionListener) taskProgress).build();
    }

    @Bean
    @StepScope
    PublishTasklet publishTasklet(JdbcTemplate jdbc, JobRepository jobRepository, JsonMapper json,
                                  @Value("#{jobParameters['as-of']}") String asOf,
                                  @Value("#{jobParameters['output']}") String output, ProgressLog taskProgress) {
        return new PublishTasklet(jdbc, jobRepository, json, asOf, Path.of(output), taskProgress);
    }
}
