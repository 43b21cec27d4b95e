package org.offtake.datasets.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A reader of a single-byte encoding (Windows-1251 here) by table: the 256 characters the encoding gives its bytes,
 * taken once from the JDK's own decoder, so a byte the encoding does not define (0x98 in Windows-1251) is U+FFFD as
 * it would be there.
 */
final class SingleByteReader extends DecodingReader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final char[] table = new char[256];
    private final byte[] bytes = new byte[BUFFER];
    private boolean replaced;

    /**
     * @throws IllegalArgumentException if {@code charset} does not give every byte exactly one character
     */
    SingleByteReader(InputStream in, Charset charset) {
        this.in = Objects.requireNonNull(in, "in");
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        String chars = new String(all, charset);
        if (chars.length() != 256) {
            throw new IllegalArgumentException(charset + " is not a single-byte encoding");
        }
        chars.getChars(0, 256, table, 0);
    }

    @Override
    boolean replacementSeen() {
        return replaced;
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, out.length);
        if (length == 0) {
            return 0;
        }
        int read = in.read(bytes, 0, Math.min(length, bytes.length));
        if (read < 0) {
            return -1;
        }
        for (int i = 0; i < read; i++) {
            char c = table[bytes[i] & 0xFF];
            if (c == '\uFFFD') {
                replaced = true;
            }
            out[offset + i] = c;
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
