package org.offtake.batch;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Test-only: with {@code -Dofftake.test.crash-in=STEP} the application sends itself SIGKILL inside that step, as an
 * operator's {@code kill -9} or a lost machine would end it. In a chunk-oriented step it dies while the second chunk
 * is being written, before that chunk's transaction commits (so the first chunk's work is committed and the second's
 * is not); in a tasklet step it dies after the tasklet's work has committed but before the step is marked completed,
 * so a restart runs the tasklet again over its own committed results. Absent the property, this bean does not exist.
 */
@Component
@ConditionalOnProperty(CrashPoint.PROPERTY)
public final class CrashPoint implements BeanPostProcessor {

    /** The system property naming the step to die in. */
    public static final String PROPERTY = "offtake.test.crash-in";
    /** Printed to standard output just before the process kills itself. */
    public static final String MESSAGE = "crash point reached: sending SIGKILL to this process in step ";

    private final String step;

    CrashPoint(@Value("${" + PROPERTY + "}") String step) {
        this.step = step;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ChunkOrientedStep<?, ?> chunked && chunked.getName().equals(step)) {
            AtomicInteger chunks = new AtomicInteger();
            @SuppressWarnings("unchecked")
            ChunkOrientedStep<Object, Object> any = (ChunkOrientedStep<Object, Object>) chunked;
            any.registerChunkListener(new ChunkListener<>() {
                @Override
                public void afterChunk(Chunk<Object> result) {
                    if (chunks.incrementAndGet() == 2) {
                        die();
                    }
                }
            });
        } else if (bean instanceof AbstractStep other && other.getName().equals(step)) {
            other.registerStepExecutionListener(new StepExecutionListener() {
                @Override
                public ExitStatus afterStep(StepExecution stepExecution) {
                    die();
                    return null;
                }
            });
        }
        return bean;
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
