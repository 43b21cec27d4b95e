package org.offtake.batch.nightly;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs a step's (or partition's) progress while it runs, at most every {@code offtake.progress-every} (10 s): what
 * is done, of how many when that is known, the rate and the time left; and a last line when the step ends.
 *
 * <p>A chunk-oriented step counts the items read (this is its read and chunk listener); their total is the
 * execution-context key {@code total} (the forecast partitions', the back-test reader's sample), the job parameter
 * {@code expected-rows} (a plain CSV input's lines), or what the reader's {@link Extent} says (a workbook's
 * dimension; for a gzipped file, the fraction of its compressed bytes read). A tasklet step, which runs in one call
 * and one transaction, counts through {@link #phase} and {@link #add}.
 */
public class ProgressLog implements ChunkListener<Object, Object>, ItemReadListener<Object>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
    /** Job parameter: about how many rows the input has, when known (-1 when not). */
    static final String EXPECTED_ROWS = "expected-rows";

    /** What a reader can tell of how far it has gone, when the step cannot count what is ahead. */
    public interface Extent {

        /** Items in all, or -1 when not known. */
        default long total() {
            return -1;
        }

        /** The fraction done, 0 to 1, when the total is not known; NaN when it is not known either. */
        default double fraction() {
            return Double.NaN;
        }

        /** What the fraction measures, for the log ("of the compressed input read"). */
        default String fractionOf() {
            return "done";
        }

        /** Why no time left can be estimated, when neither the total nor the fraction is known; or null. */
        default String noEstimate() {
            return null;
        }
    }

    private final Duration every;
    private final Extent extent;
    private String name;
    private StepExecution step;
    private String unit;
    private long started;
    private long lastLog;
    private long done;
    private long doneBefore;
    private long total = -1;
    private double lastFraction = Double.NaN;

    /** The progress of a step counting {@code unit}. */
    public ProgressLog(String unit, Duration every) {
        this(unit, every, null);
    }

    /** The progress of a step counting {@code unit}, with what its reader can tell of how far it has gone. */
    public ProgressLog(String unit, Duration every, Extent extent) {
        this.unit = unit;
        this.every = every;
        this.extent = extent;
        this.started = System.nanoTime();
        this.lastLog = started;
    }

    /** Progress outside a step (for example the planner outputs written with {@code --report-only}), as {@code name}. */
    public static ProgressLog standalone(String name, Duration every) {
        return standalone(name, "", every, null);
    }

    /** Progress outside a step, counting {@code unit}, with what a reader can tell of how far it has gone. */
    static ProgressLog standalone(String name, String unit, Duration every, Extent extent) {
        ProgressLog progress = new ProgressLog(unit, every, extent);
        progress.name = name;
        return progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        name = stepExecution.getStepName();
        started = System.nanoTime();
        lastLog = started;
        done = 0;
        total = stepExecution.getExecutionContext().getLong("total", -1);
        Long expected = stepExecution.getJobParameters().getLong(EXPECTED_ROWS);
        if (total < 0 && "rows".equals(unit) && expected != null && expected >= 0) {
            total = expected;
        }
        doneBefore = 0;
        for (var entry : stepExecution.getExecutionContext().entrySet()) {
            if (entry.getKey().endsWith(".read.count") && entry.getValue() instanceof Number n) {
                doneBefore = n.longValue();
            }
        }
        if (doneBefore > 0) {
            LOG.info("{}: resuming after {} {}", name, String.format(Locale.ROOT, "%,d", doneBefore), unit);
        }
    }

    @Override
    public void afterRead(Object item) {
        done++;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (now - lastLog >= every.toNanos()) {
            lastLog = now;
            LOG.info("{}", line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        LOG.info("{} ({})", line(System.nanoTime()), stepExecution.getStatus());
        return null;
    }

    /**
     * For a tasklet: starts counting {@code unit} (for example "rows scanned"), {@code total} of them when known
     * (-1 when not), the rate and time left measured from now; the previous phase's last line is logged. Returns
     * this object itself (not a scoped proxy), to count through cheaply.
     */
    public ProgressLog phase(String unit, long total) {
        long now = System.nanoTime();
        if (!this.unit.isEmpty() && (done > 0 || this.total > 0)) {
            LOG.info("{}", line(now));
        }
        this.unit = unit;
        this.total = total;
        this.done = 0;
        this.doneBefore = 0;
        this.started = now;
        this.lastLog = now;
        return this;
    }

    /**
     * A counter of work done beside this one's, on another thread: logged under the same name, counting
     * {@code unit} of {@code total} (-1 when not known) from now; {@link #end()} logs its last line.
     */
    public ProgressLog beside(String unit, long total) {
        return standalone(name, every).phase(unit, total);
    }

    /** Logs the phase's last line (for a counter made by {@link #beside}). */
    public void end() {
        LOG.info("{}", line(System.nanoTime()));
    }

    /** For a tasklet: counts {@code n} more of the phase's unit, and logs when the last line is old enough. */
    public void add(long n) {
        done += n;
        // a look at the clock costs some 25 ns: nothing beside a row read or written
        long now = System.nanoTime();
        if (now - lastLog >= every.toNanos()) {
            lastLog = now;
            LOG.info("{}", line(now));
        }
    }

    /** Counted so far in this phase (and before a restart). */
    public long done() {
        return doneBefore + done;
    }

    private String line(long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        long all = doneBefore + done;
        long of = total;
        if (of < 0 && step != null) {
            of = step.getExecutionContext().getLong("total", -1);
        }
        if (of < 0 && extent != null) {
            // kept: the reader may be closed when the step's last line is written
            of = extent.total();
            total = of;
        }
        StringBuilder b = new StringBuilder(name == null ? "step" : name).append(": ")
                .append(String.format(Locale.ROOT, "%,d", all));
        if (of >= 0) {
            b.append(String.format(Locale.ROOT, " / %,d", of));
        }
        b.append(' ').append(unit);
        double fraction = of < 0 && extent != null ? extent.fraction() : Double.NaN;
        if (Double.isNaN(fraction)) {
            fraction = lastFraction;
        } else {
            lastFraction = fraction;
        }
        if (!Double.isNaN(fraction)) {
            b.append(String.format(Locale.ROOT, " (%.1f %% %s)", 100 * fraction, extent.fractionOf()));
        }
        b.append(String.format(Locale.ROOT, ", %,.1f a second, elapsed %.0f s", rate, seconds));
        if (of >= 0 && rate > 0) {
            b.append(String.format(Locale.ROOT, ", about %.0f s left", Math.max(0, of - all) / rate));
        } else if (fraction > 0) {
            b.append(String.format(Locale.ROOT, ", about %.0f s left", seconds * Math.max(0, 1 - fraction)
                    / fraction));
        } else if (of < 0 && extent != null && extent.noEstimate() != null) {
            b.append("; no estimate of the time left is possible: ").append(extent.noEstimate());
        }
        return b.toString();
    }
}
