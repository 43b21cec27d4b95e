package org.offtake.batch.nightly;

import java.nio.file.Path;
import java.time.YearMonth;

import org.offtake.datasets.read.ProcurementSource;
import org.offtake.datasets.read.ReadOptions;
import org.offtake.datasets.read.ReadResult;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a procurement file with the datasets readers, one {@link ReadResult} (accepted line or rejection) per data
 * row. Its position is the number of data rows read, saved in the step's execution context at every commit; on a
 * restart the source is opened to resume after that many rows ({@link ReadOptions#resumeAfter}), which validates
 * them again without returning them, so duplicate record ids are found exactly as in one uninterrupted read.
 * For the step's progress it tells how far it has read when the rows cannot be counted beforehand: a workbook's rows
 * by its sheet's dimension, a gzipped file's fraction of compressed bytes read.
 */
class IngestReader extends AbstractItemCountingItemStreamItemReader<ReadResult> implements ProgressLog.Extent {

    private final Path file;
    private final YearMonth asOf;
    private ProcurementSource source;
    private long resumeAfter;

    IngestReader(Path file, YearMonth asOf) {
        this.file = file;
        this.asOf = asOf;
        setName("ingest");
    }

    @Override
    protected void doOpen() {
        // Opened lazily: jumpToItem, called after this on a restart, tells how many rows to resume after.
    }

    @Override
    protected void jumpToItem(int rows) {
        resumeAfter = rows;
    }

    @Override
    protected ReadResult doRead() throws Exception {
        if (source == null) {
            source = ProcurementSource.open(file, ReadOptions.builder().asOf(asOf).resumeAfter(resumeAfter).build());
        }
        return source.next();
    }

    /** A workbook's data rows by its sheet's dimension; -1 for CSV (counted before the job) or without one. */
    @Override
    public long total() {
        return source == null ? -1 : source.expectedRows();
    }

    /** For a gzipped CSV file, the fraction of its compressed bytes read; NaN otherwise. */
    @Override
    public double fraction() {
        return source != null && source.description().contains("gzipped") ? source.fractionRead() : Double.NaN;
    }

    @Override
    public String fractionOf() {
        return "of the compressed input read";
    }

    @Override
    public String noEstimate() {
        return source != null && source.description().startsWith("XLSX")
                ? "the workbook's sheet does not say how many rows it has (no dimension)" : null;
    }

    @Override
    protected void doClose() throws Exception {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
