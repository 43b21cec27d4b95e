package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code nightlyForecast} job: prepare -> ingest -> series -> forecast (partitioned over local threads: each
 * item's base forecasts and sample paths, left in the run's work folder) -> reconcile (partitioned: forecasts that
 * add up, and manufacturers' volumes, to the database; reconciled national paths to the work folder) ->
 * sizeContracts (partitioned: contract recommendations) -> backtest -> report (the planners' workbook and HTML
 * report, {@link org.offtake.batch.report.ReportConfiguration}) beside publish (the output files; removes the work
 * folder), in a split -> complete (run-summary.json, the run marked COMPLETED). Job parameters: {@code as-of},
 * {@code input}, {@code input-checksum}, {@code run} (identifying), {@code output}, {@code work-dir},
 * {@code horizon}, {@code paths}, {@code seed}, {@code model}, {@code reconciliation}, {@code contracts}, and the
 * contract settings of {@link ContractParameters}.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyForecastJobConfiguration {

    /** The job's name. */
    public static final String JOB = "nightlyForecast";

    /** The job's steps, in order (partition workers aside); report and publish run side by side. */
    public static final List<String> STEPS = List.of("prepare", "ingest", "series", "forecast", "reconcile",
            "sizeContracts", "backtest", "report", "publish", "complete");

    /**
     * The job. Report and publish only read the database and write their own files, so they run side by side (a
     * split on {@code offtake.threads} threads); both read the back-test's table (the workbook's Accuracy sheet,
     * {@code backtest-accuracy.csv}), so backtest comes before them.
     */
    @Bean
    public Job nightlyForecast(JobRepository jobRepository, Step prepareStep, Step ingestStep, Step seriesStep,
                               Step forecastStep, Step reconcileStep, Step sizeContractsStep, Step backtestStep,
                               Step reportStep, Step publishStep, Step completeStep, JdbcTemplate jdbc,
                               OfftakeProperties settings) {
        DefaultJobParametersValidator validator = new DefaultJobParametersValidator(
                new String[] {"as-of", "input", "input-checksum", "output", "work-dir"}, new String[0]);
        validator.afterPropertiesSet();
        SimpleAsyncTaskExecutor outputs = new SimpleAsyncTaskExecutor("offtake-outputs-");
        outputs.setConcurrencyLimit(threads(settings));
        Flow report = new FlowBuilder<SimpleFlow>("reportFlow").start(reportStep).build();
        Flow publish = new FlowBuilder<SimpleFlow>("publishFlow").start(publishStep).build();
        Flow outputFiles = new FlowBuilder<SimpleFlow>("outputs").split(outputs).add(report, publish).build();
        Flow steps = new FlowBuilder<SimpleFlow>("steps").start(prepareStep).next(ingestStep).next(seriesStep)
                .next(forecastStep).next(reconcileStep).next(sizeContractsStep).next(backtestStep)
                .next(outputFiles).next(completeStep).build();
        return new JobBuilder(JOB, jobRepository).validator(validator).listener(runStatus(jdbc)).start(steps).end()
                .build();
    }

    /** The work folder of the run: {@code work-dir/<as-of>}. */
    static WorkDir workDir(String workDir, String asOf) {
        return WorkDir.of(Path.of(workDir), asOf);
    }

    /** Marks the month's run row FAILED when the job does not complete (the complete step marks it COMPLETED). */
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
                                  @Value("#{jobParameters['work-dir']}") String workDir, ProgressLog taskProgress) {
        return new PrepareTasklet(jdbc, asOf, Path.of(input), checksum, workDir(workDir, asOf), taskProgress);
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
        return partitioned("forecast", jobRepository, forecastPartition, itemPartitioner, settings);
    }

    /**
     * A manager step that runs {@code worker} over the partitions of {@code partitioner}, one per thread
     * ({@code offtake.threads}).
     */
    private static Step partitioned(String name, JobRepository jobRepository, Step worker, Partitioner partitioner,
                                    OfftakeProperties settings) {
        int threads = threads(settings);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("offtake-" + name + "-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder(name, jobRepository).partitioner(worker.getName(), partitioner).step(worker)
                .gridSize(threads).taskExecutor(executor).build();
    }

    static int threads(OfftakeProperties settings) {
        return settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Partition {@code i} of {@code n} takes the items whose number is {@code i} modulo {@code n}; the forecast,
     * reconcile and sizeContracts steps split the items the same way.
     */
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
                                  BaseForecastsWriter baseForecastsWriter, ProgressLog itemProgress,
                                  OfftakeProperties settings) {
        return new StepBuilder("forecastPartition", jobRepository).<ItemBlock, ItemForecasts>chunk(
                settings.chunkSize()).transactionManager(tm).reader(forecastReader).processor(forecastProcessor)
                .writer(baseForecastsWriter).listener(itemProgress).build();
    }

    @Bean
    @StepScope
    ItemBlockReader forecastReader(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf,
                                   @Value("#{stepExecutionContext['modulus']}") Long modulus,
                                   @Value("#{stepExecutionContext['remainder']}") Long remainder) {
        return new ItemBlockReader("forecast", jdbc, asOf, modulus, remainder);
    }

    /** The contracts to size, with the contract settings the run started with (job parameters). */
    @Bean
    @StepScope
    ContractBook contractBook(@Value("#{stepExecution.jobParameters}") JobParameters parameters,
                              @Value("#{jobParameters['as-of']}") String asOf,
                              @Value("#{jobParameters['contracts'] ?: ''}") String contracts) throws IOException {
        return ContractBook.load(ContractParameters.contract(parameters), YearMonth.parse(asOf).plusMonths(1),
                contracts.isBlank() ? null : Path.of(contracts));
    }

    @Bean
    @StepScope
    ForecastProcessor forecastProcessor(OfftakeProperties settings, ContractBook contractBook,
                                        @Value("#{stepExecution.jobParameters}") JobParameters parameters,
                                        @Value("#{jobParameters['model']}") String model,
                                        @Value("#{jobParameters['horizon']}") Long horizon,
                                        @Value("#{jobParameters['paths']}") Long paths,
                                        @Value("#{jobParameters['seed']}") Long seed,
                                        @Value("#{jobParameters['reconciliation']}") String method) {
        return new ForecastProcessor(Models.named(model), horizon.intValue(), paths.intValue(), seed,
                settings.timeoutPerSeries(), ContractParameters.sharesRecentMonths(parameters), contractBook,
                reconciliationMethod(method));
    }

    @Bean
    @StepScope
    BaseForecastsWriter baseForecastsWriter(@Value("#{jobParameters['work-dir']}") String workDir,
                                            @Value("#{jobParameters['as-of']}") String asOf) {
        return new BaseForecastsWriter(workDir(workDir, asOf));
    }

    @Bean
    public Step reconcileStep(JobRepository jobRepository, Step reconcilePartition, Partitioner itemPartitioner,
                              OfftakeProperties settings) {
        return partitioned("reconcile", jobRepository, reconcilePartition, itemPartitioner, settings);
    }

    @Bean
    public Step reconcilePartition(JobRepository jobRepository, PlatformTransactionManager tm,
                                   ItemBlockReader reconcileReader, ReconcileProcessor reconcileProcessor,
                                   ReconciledWriter reconciledWriter, ProgressLog itemProgress,
                                   OfftakeProperties settings) {
        return new StepBuilder("reconcilePartition", jobRepository).<ItemBlock, ReconciledItem>chunk(
                settings.chunkSize()).transactionManager(tm).reader(reconcileReader).processor(reconcileProcessor)
                .writer(reconciledWriter).listener(itemProgress).build();
    }

    @Bean
    @StepScope
    ItemBlockReader reconcileReader(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf,
                                    @Value("#{stepExecutionContext['modulus']}") Long modulus,
                                    @Value("#{stepExecutionContext['remainder']}") Long remainder) {
        return new ItemBlockReader("reconcile", jdbc, asOf, modulus, remainder);
    }

    @Bean
    @StepScope
    ReconcileProcessor reconcileProcessor(@Value("#{jobParameters['reconciliation']}") String method,
                                          @Value("#{jobParameters['horizon']}") Long horizon,
                                          @Value("#{jobParameters['as-of']}") String asOf,
                                          @Value("#{jobParameters['work-dir']}") String workDir,
                                          @Value("#{stepExecution.jobParameters}") JobParameters parameters,
                                          ContractBook contractBook, ForecastProcessor forecastProcessor) {
        Reconciler reconciler = Reconciler.builder().method(reconciliationMethod(method)).nonNegative().build();
        return new ReconcileProcessor(reconciler, horizon.intValue(), YearMonth.parse(asOf).plusMonths(1),
                contractBook, ContractParameters.sharesRecentMonths(parameters), workDir(workDir, asOf),
                forecastProcessor);
    }

    @Bean
    @StepScope
    ReconciledWriter reconciledWriter(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf,
                                      @Value("#{jobParameters['work-dir']}") String workDir) {
        return new ReconciledWriter(jdbc, asOf, workDir(workDir, asOf));
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
    public Step sizeContractsStep(JobRepository jobRepository, Step sizeContractsPartition,
                                  Partitioner itemPartitioner, OfftakeProperties settings) {
        return partitioned("sizeContracts", jobRepository, sizeContractsPartition, itemPartitioner, settings);
    }

    @Bean
    public Step sizeContractsPartition(JobRepository jobRepository, PlatformTransactionManager tm,
                                       ItemBlockReader sizeContractsReader, ContractProcessor contractProcessor,
                                       ContractWriter contractWriter, ProgressLog itemProgress,
                                       OfftakeProperties settings) {
        return new StepBuilder("sizeContractsPartition", jobRepository).<ItemBlock, ItemContracts>chunk(
                settings.chunkSize()).transactionManager(tm).reader(sizeContractsReader)
                .processor(contractProcessor).writer(contractWriter).listener(itemProgress).build();
    }

    @Bean
    @StepScope
    ItemBlockReader sizeContractsReader(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf,
                                        @Value("#{stepExecutionContext['modulus']}") Long modulus,
                                        @Value("#{stepExecutionContext['remainder']}") Long remainder) {
        return new ItemBlockReader("sizeContracts", jdbc, asOf, modulus, remainder);
    }

    @Bean
    @StepScope
    ContractProcessor contractProcessor(@Value("#{jobParameters['as-of']}") String asOf,
                                        @Value("#{jobParameters['work-dir']}") String workDir,
                                        @Value("#{stepExecution.jobParameters}") JobParameters parameters,
                                        ContractBook contractBook, ReconcileProcessor reconcileProcessor) {
        return new ContractProcessor(YearMonth.parse(asOf).plusMonths(1), contractBook,
                ContractParameters.sharesRecentMonths(parameters), workDir(workDir, asOf), reconcileProcessor);
    }

    @Bean
    @StepScope
    ContractWriter contractWriter(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf) {
        return new ContractWriter(jdbc, asOf);
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

    // --- publish, complete -----------------------------------------------------------------------------------

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, PublishTasklet publish,
                            ProgressLog taskProgress) {
        return new StepBuilder("publish", jobRepository).tasklet(publish, tm)
                .listener((StepExecutionListener) taskProgress).build();
    }

    @Bean
    @StepScope
    PublishTasklet publishTasklet(JdbcTemplate jdbc, @Value("#{jobParameters['as-of']}") String asOf,
                                  @Value("#{jobParameters['output']}") String output,
                                  @Value("#{jobParameters['work-dir']}") String workDir, ProgressLog taskProgress) {
        return new PublishTasklet(jdbc, asOf, Path.of(output), workDir(workDir, asOf), taskProgress);
    }

    @Bean
    public Step completeStep(JobRepository jobRepository, PlatformTransactionManager tm, CompleteTasklet complete,
                             ProgressLog taskProgress) {
        return new StepBuilder("complete", jobRepository).tasklet(complete, tm)
                .listener((StepExecutionListener) taskProgress).build();
    }

    @Bean
    @StepScope
    CompleteTasklet completeTasklet(JdbcTemplate jdbc, JobRepository jobRepository, JsonMapper json,
                                    @Value("#{jobParameters['as-of']}") String asOf,
                                    @Value("#{jobParameters['output']}") String output) {
        return new CompleteTasklet(jdbc, jobRepository, json, asOf, Path.of(output));
    }
}
