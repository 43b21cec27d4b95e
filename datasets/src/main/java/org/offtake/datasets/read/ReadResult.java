package org.offtake.datasets.read;

/**
 * What reading one data row gave: an {@link Accepted} line or a {@link Rejection}. Every data row gives exactly one.
 */
public sealed interface ReadResult permits Accepted, Rejection {

    /** The row's line number in the source: the line where the row starts in a CSV file, the row number in XLSX. */
    long line();
}
