package org.offtake.datasets.read;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A reader that decodes bytes into the caller's buffer and says whether it has produced a U+FFFD: the CSV reader
 * looks for U+FFFD in a row's fields (the mark of bytes not valid in the file's encoding) only once one has been
 * produced, which in a clean file is never.
 */
abstract class DecodingReader extends Reader {

    /** Whether a U+FFFD has been produced so far (a substitution for bytes not valid in the encoding, or one in the text). */
    abstract boolean replacementSeen();

    /** A reader of {@code in} in {@code charset}: UTF-8, or a single-byte encoding such as Windows-1251. */
    static DecodingReader of(InputStream in, Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? new Utf8Reader(in) : new SingleByteReader(in, charset);
    }
}
