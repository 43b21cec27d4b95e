package org.offtake.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Standard output while an in-process run of the application lasts: its log (Boot's console appender writes to
 * whatever {@code System.out} is at the time) and its closing paragraph. Still passed on to the real output.
 */
public final class ConsoleCapture {

    /** The run's exit code and what it wrote. */
    public record Result(int code, String out) {

        /** The lines that start with {@code prefix} once the log's own prefix (time, level, logger) is cut. */
        public List<String> lines(String prefix) {
            return Arrays.stream(out.split("\n")).map(ConsoleCapture::message).filter(l -> l.startsWith(prefix))
                    .toList();
        }
    }

    private ConsoleCapture() {
    }

    /** Runs {@code run} with standard output captured. */
    public static Result run(IntSupplier run) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                captured.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                captured.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                original.flush();
            }
        };
        System.setOut(new PrintStream(tee, true, StandardCharsets.UTF_8));
        try {
            int code = run.getAsInt();
            System.out.flush();
            return new Result(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    /** A log line's message: what follows Boot's {@code logger : } prefix; other lines as they are. */
    static String message(String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        int colon = l.indexOf(" : ");
        return colon >= 0 && (l.contains(" INFO ") || l.contains(" WARN ") || l.contains(" ERROR "))
                ? l.substring(colon + 3) : l;
    }
}
