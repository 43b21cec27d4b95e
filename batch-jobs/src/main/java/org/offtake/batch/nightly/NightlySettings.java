package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.offtake.batch.OfftakeProperties;
import org.offtake.datasets.read.ProcurementSource;
import org.offtake.datasets.read.ReadOptions;

/**
 * The settings of one run, checked before the job starts so that a wrong input or setting gives one clear message
 * (naming the file or the property and what would be accepted) instead of a failed step.
 *
 * @param asOf          the as-of month
 * @param input         the procurement file
 * @param inputChecksum its SHA-256
 * @param output        the output directory
 * @param workDir       the work directory (the run's folder is {@code workDir/<as-of>}, see {@link WorkDir})
 * @param contracts     the contracts file, or null
 * @param expectedRows  about how many data rows the input has (its lines but the header, for a plain CSV file;
 *                      -1 for a gzipped or XLSX file), for the ingest step's time left
 */
public record NightlySettings(YearMonth asOf, Path input, String inputChecksum, Path output, Path workDir,
                              Path contracts, long expectedRows) {

    /** The input without {@code --input}: the committed sample, relative to the working directory. */
    public static final String SAMPLE = "datasets/sample/procurement.csv.gz";

    /**
     * Checks {@code settings}: the as-of month, the input file (opened and its header read), the contracts file,
     * the model, the reconciliation method, the numbers, and that the run's work folder can be written (it is
     * created if needed; nothing in it is changed).
     *
     * @throws IllegalArgumentException naming what is wrong and what would be accepted
     * @throws IOException              if the input cannot be read (the message names the file and the problem)
     */
    public static NightlySettings check(OfftakeProperties settings) throws IOException {
        return check(settings, null);
    }

    /**
     * As {@link #check(OfftakeProperties)}, reading {@code input} instead of {@code offtake.input} when it is not
     * null (the export of {@code offtake.input-query}).
     */
    public static NightlySettings check(OfftakeProperties settings, Path exported) throws IOException {
        if (settings.asOf() == null || settings.asOf().isBlank()) {
            throw new IllegalArgumentException("no as-of month: give --as-of=YYYY-MM (the last month of data to use)");
        }
        YearMonth asOf = Periods.parse(settings.asOf(), "--as-of");
        if (exported == null && (settings.input() == null || settings.input().isBlank())) {
            throw new IllegalArgumentException("no input: give --input=FILE (a procurement CSV, CSV.GZ or XLSX file)");
        }
        Path input = (exported != null ? exported : Path.of(settings.input())).toAbsolutePath().normalize();
        if (!Files.isRegularFile(input)) {
            if (exported == null && SAMPLE.equals(settings.input())) {
                throw new IllegalArgumentException("no --input given, and the committed sample " + SAMPLE + " is not "
                        + "under the working directory " + Path.of("").toAbsolutePath() + ": run from the "
                        + "repository's root folder, or give --input=FILE (a procurement CSV, CSV.GZ or XLSX file)");
            }
            throw new IllegalArgumentException("input file " + input + " does not exist or is not a file; expected "
                    + "a procurement CSV, CSV.GZ or XLSX file");
        }
        String format;
        try (ProcurementSource source = ProcurementSource.open(input, ReadOptions.builder().asOf(asOf).build())) {
            format = source.description();
        }
        require(settings.horizon() >= 1 && settings.horizon() <= 120, "offtake.horizon", settings.horizon(),
                "1 to 120 months");
        require(settings.paths() >= 100, "offtake.paths", settings.paths(), "100 or more");
        require(settings.chunkSize() >= 1, "offtake.chunk-size", settings.chunkSize(), "1 or more items");
        require(settings.threads() >= 0, "offtake.threads", settings.threads(), "0 (one per processor) or more");
        Models.named(settings.model());
        NightlyForecastJobConfiguration.reconciliationMethod(settings.reconciliation());
        Path contracts = settings.contracts() == null || settings.contracts().isBlank() ? null
                : Path.of(settings.contracts()).toAbsolutePath().normalize();
        if (contracts != null && !Files.isRegularFile(contracts)) {
            throw new IllegalArgumentException("contracts file " + contracts + " does not exist; expected a CSV file "
                    + "with the columns " + String.join(",", ContractBook.COLUMNS));
        }
        ContractBook.load(settings.contract(), asOf.plusMonths(1), contracts);
        Path output = Path.of(settings.output()).toAbsolutePath().normalize();
        if (settings.workDir() == null || settings.workDir().isBlank()) {
            throw new IllegalArgumentException("offtake.work-dir is empty; expected a folder for the run's work "
                    + "files, for example ./offtake-work");
        }
        Path workDir = Path.of(settings.workDir()).toAbsolutePath().normalize();
        WorkDir.of(workDir, asOf.toString()).checkWritable();
        PrepareTasklet.Fingerprint fingerprint = PrepareTasklet.fingerprint(input);
        boolean plainText = format.startsWith("CSV") && !format.contains("gzipped");
        return new NightlySettings(asOf, input, fingerprint.sha256(), output, workDir, contracts,
                plainText ? Math.max(0, fingerprint.lineFeeds() - 1) : -1);
    }

    private static void require(boolean ok, String property, int value, String accepted) {
        if (!ok) {
            throw new IllegalArgumentException(property + " is " + value + "; expected " + accepted);
        }
    }
}
