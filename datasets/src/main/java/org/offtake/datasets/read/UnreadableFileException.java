package org.offtake.datasets.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that cannot be read at all: missing, empty, binary, without a recognisable header, or broken beyond one row.
 * The message names the file, says what was wrong and what would be accepted.
 */
public final class UnreadableFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    UnreadableFileException(Path file, String problem) {
        super("cannot read " + file + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
    }

    UnreadableFileException(Path file, String problem, Throwable cause) {
        super("cannot read " + file + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
