package org.offtake.datasets.read;

import java.util.Objects;

/**
 * A data row that failed validation, kept with its source line and raw text so that nothing is dropped silently.
 *
 * @param line   the row's line number in the source
 * @param reason the first check the row failed
 * @param detail what was wrong, naming the column and the value, and what would be accepted
 * @param raw    the row as it was in the source (for XLSX, its cells written as a CSV line)
 */
public record Rejection(long line, RejectReason reason, String detail, String raw) implements ReadResult {

    /** @throws NullPointerException if an argument is {@code null} */
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(raw, "raw");
    }
}
