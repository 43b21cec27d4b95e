package org.offtake.batch.nightly;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs a step's (or partition's) progress after its chunks, at most every {@code every}: items done, of how many when
 * the step knows (execution-context key {@code total}, or for rows the job parameter {@code expected-rows}), the rate
 * and the time left; and a last line when it ends.
 */
class ProgressLog implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
    /** Job parameter: about how many rows the input has, when known (-1 when not). */
    static final String EXPECTED_ROWS = "expected-rows";

    private final String unit;
    private final Duration every;
    private StepExecution step;
    private long started;
    private long lastLog;
    private long done;
    private long doneBefore;
    private long total;

    ProgressLog(String unit, Duration every) {
        this.unit = unit;
        this.every = every;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        started = System.nanoTime();
        lastLog = started;
        total = stepExecution.getExecutionContext().getLong("total", -1);
        Long expected = stepExecution.getJobParameters().getLong(EXPECTED_ROWS);
        if (total < 0 && "rows".equals(unit) && expected != null) {
            total = expected;
        }
        doneBefore = 0;
        for (var entry : stepExecution.getExecutionContext().entrySet()) {
            if (entry.getKey().endsWith(".read.count") && entry.getValue() instanceof Number n) {
                doneBefore = n.longValue();
            }
        }
        if (doneBefore > 0) {
            LOG.info("{}: resuming after {} {}", step.getStepName(), doneBefore, unit);
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        done += chunk.size();
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

    private String line(long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        long all = doneBefore + done;
        StringBuilder b = new StringBuilder(step.getStepName()).append(": ")
                .append(String.format(Locale.ROOT, "%,d", all));
        if (total >= 0) {
            b.append(String.format(Locale.ROOT, " / %,d", total));
        }
        b.append(' ').append(unit).append(String.format(Locale.ROOT, ", %.1f %s/s, elapsed %.0f s", rate, unit,
                seconds));
        if (total >= 0 && rate > 0) {
            b.append(String.format(Locale.ROOT, ", about %.0f s left", Math.max(0, total - all) / rate));
        }
        return b.toString();
    }
}
