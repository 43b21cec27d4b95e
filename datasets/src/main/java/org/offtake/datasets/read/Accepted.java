package org.offtake.datasets.read;

import java.util.List;
import java.util.Objects;
import org.offtake.datasets.ProcurementLine;

/**
 * A data row that passed validation.
 *
 * @param line     the row's line number in the source
 * @param value    the procurement line
 * @param warnings what is doubtful about the row but does not reject it (usually none)
 */
public record Accepted(long line, ProcurementLine value, List<Warning> warnings) implements ReadResult {

    /** @throws NullPointerException if {@code value} or {@code warnings} is {@code null} */
    public Accepted {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }
}
