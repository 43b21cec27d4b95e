package org.offtake.datasets.read;

import java.util.Objects;

/**
 * Something doubtful about an accepted row.
 *
 * @param line   the row's line number in the source
 * @param type   what kind of doubt
 * @param detail the values involved
 */
public record Warning(long line, WarningType type, String detail) {

    /** @throws NullPointerException if {@code type} or {@code detail} is {@code null} */
    public Warning {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
    }
}
