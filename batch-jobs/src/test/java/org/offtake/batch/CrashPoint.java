package org.offtake.batch;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Test-only: with {@code -Dofftake.test.crash-in=STEP} the application sends itself SIGKILL inside that step, as an
 * operator's {@code kill -9} or a lost machine would end it. In a chunk-oriented step it dies while the second chunk
 * of an execution (of a partition, in a partitioned step) is being written, before that chunk's transaction commits
 * (so that execution's first chunk is committed and its second is not). In a partitioned step it waits for every
 * running partition to be there (or to have ended), so what each partition has done when the process dies does not
 * depend on how far ahead of the others one of them ran; in a tasklet step it dies after the
 * tasklet's work has committed but before the step is marked completed, so a restart runs the tasklet again over its
 * own committed results. While that step runs, any other step that ends meanwhile (one running beside it in a split)
 * is held before it is marked completed, so it dies unfinished too and every kill leaves the same steps to be
 * restarted whatever the threads' timing. Absent the property, this bean does not exist.
 */
@Component
@ConditionalOnProperty(CrashPoint.PROPERTY)
public final class CrashPoint implements BeanPostProcessor {

    /** The system property naming the step to die in. */
    public static final String PROPERTY = "offtake.test.crash-in";
    /** Printed to standard output just before the process kills itself. */
    public static final String MESSAGE = "crash point reached: sending SIGKILL to this process in step ";

    private final String step;
    /** Executions of the step to die in that are running (partitions run one each). */
    private final AtomicInteger running = new AtomicInteger();
    /** Executions of the step to die in that are writing their second chunk, waiting for the others to be too. */
    private final AtomicInteger atCrashPoint = new AtomicInteger();

    CrashPoint(@Value("${" + PROPERTY + "}") String step) {
        this.step = step;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof AbstractStep any)) {
            return bean;
        }
        boolean target = any.getName().equals(step);
        // Spring Batch 6 records a step COMPLETED before its afterStep listeners run, so the points are chunk
        // listeners: a chunk step's afterChunk runs before the chunk commits, a tasklet step's after it commits.
        if (bean instanceof ChunkOrientedStep<?, ?> chunked) {
            // chunks of the execution on this thread: a partition's chunks run one after the other on its thread
            ThreadLocal<AtomicInteger> chunks = ThreadLocal.withInitial(AtomicInteger::new);
            @SuppressWarnings("unchecked")
            ChunkOrientedStep<Object, Object> chunkStep = (ChunkOrientedStep<Object, Object>) chunked;
            chunkStep.registerChunkListener(new ChunkListener<>() {
                @Override
                public void afterChunk(Chunk<Object> result) {
                    if (!target) {
                        holdWhileTheStepToDieInRuns();
                    } else if (chunks.get().incrementAndGet() == 2) {
                        dieWhenEveryRunningExecutionIsHere();
                    }
                }
            });
            if (target) {
                any.registerStepExecutionListener(running(() -> chunks.get().set(0)));
            }
        } else if (bean instanceof TaskletStep tasklet) {
            tasklet.registerChunkListener(new ChunkListener<>() {
                @Override
                public void afterChunk(ChunkContext context) {
                    if (!target) {
                        holdWhileTheStepToDieInRuns();
                    } else {
                        die();
                    }
                }
            });
            if (target) {
                any.registerStepExecutionListener(running(() -> { }));
            }
        }
        return bean;
    }

    /** Counts the executions of the step to die in while they run, doing {@code atStart} as each starts. */
    private StepExecutionListener running(Runnable atStart) {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                running.incrementAndGet();
                atStart.run();
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                running.decrementAndGet();
                return null;
            }
        };
    }

    private void holdWhileTheStepToDieInRuns() {
        try {
            while (running.get() > 0) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits (holding this execution's chunk uncommitted) until every running execution of the step to die in is at
     * its crash point too, or has ended; then dies.
     */
    private void dieWhenEveryRunningExecutionIsHere() {
        atCrashPoint.incrementAndGet();
        try {
            while (atCrashPoint.get() < running.get()) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        die();
    }

    private void die() {
        System.out.println(MESSAGE + step);
        System.out.flush();
        try {
            new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).inheritIO().start()
                    .waitFor();
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException | InterruptedException e) {
            Runtime.getRuntime().halt(137);
        }
    }
}
