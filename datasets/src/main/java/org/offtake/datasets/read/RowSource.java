package org.offtake.datasets.read;

import java.io.Closeable;
import java.io.IOException;

/** The rows of a source file, blank rows skipped; the first row is the header. */
interface RowSource extends Closeable {

    /** The fields of the next non-blank row, or {@code null} at the end. */
    String[] next() throws IOException;

    /** The line (CSV: where the row starts) or row number (XLSX) of the row last returned. */
    long line();

    /** The text of the row last returned, as in the source (XLSX: its cells as a CSV line). */
    String raw();

    /**
     * Whether a row may have fewer fields than the header (XLSX leaves out empty trailing cells); the missing ones
     * are empty.
     */
    boolean shortRowsArePadded();

    /**
     * Whether a row returned may hold U+FFFD, the mark of bytes not valid in the file's encoding, so that rows are
     * searched for it only when they may: a workbook's may always; a CSV file's once its decoder has produced one.
     */
    default boolean mayHoldReplacement() {
        return true;
    }

    /**
     * The number of the sheet's last row as the workbook's dimension gives it ({@code <dimension ref="A1:O1925"/>}:
     * 1925), or -1 when the source does not say (a CSV file, a workbook written without a dimension); known once
     * the first row has been returned.
     */
    default long lastRow() {
        return -1;
    }

    /** The fraction of the file's bytes read so far (0 to 1), or NaN when it is not known (a workbook). */
    default double fractionRead() {
        return Double.NaN;
    }

    /** What was detected, for messages: format, encoding, delimiter. */
    String description();

    /** Whether every field of a row is empty or whitespace (a null field counts as empty). */
    static boolean isBlank(String[] row) {
        for (String field : row) {
            if (field != null && !field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
