package org.offtake.datasets.read;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A text file opened for reading: gzip is undone when the file starts with gzip's magic bytes, whatever its name,
 * and the encoding is chosen by this rule:
 * <ol>
 * <li>a UTF-8 byte order mark means UTF-8 (the mark is skipped);</li>
 * <li>otherwise the first {@value #SNIFF_BYTES} bytes (after gzip) are decoded as strict UTF-8: if they are valid
 * UTF-8 (a multi-byte sequence cut by the end of that prefix counts as valid), the file is UTF-8;</li>
 * <li>otherwise it is Windows-1251.</li>
 * </ol>
 * Bytes that are invalid in the chosen encoding later in the file are decoded as U+FFFD, and the row holding them is
 * rejected as {@link RejectReason#INVALID_ENCODING}. A file whose first bytes contain a NUL byte is binary (or
 * UTF-16, which exports in this domain do not use) and is refused.
 */
final class TextInput implements Closeable {

    /** How many bytes decide the encoding. */
    static final int SNIFF_BYTES = 1 << 20;

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final InputStream stream;
    private final ByteCount count;
    private final long size;
    private final Charset charset;
    private final boolean gzip;
    private final boolean bom;
    private final String firstLine;

    private TextInput(InputStream stream, ByteCount count, long size, Charset charset, boolean gzip, boolean bom,
                      String firstLine) {
        this.stream = stream;
        this.count = count;
        this.size = size;
        this.charset = charset;
        this.gzip = gzip;
        this.bom = bom;
        this.firstLine = firstLine;
    }

    /**
     * Opens {@code file} as text.
     *
     * @throws UnreadableFileException if the file is missing, not a regular readable file, empty, or binary
     */
    static TextInput open(Path file) throws IOException {
        checkReadable(file);
        long size = Files.size(file);
        ByteCount count = new ByteCount(Files.newInputStream(file));
        InputStream in = new BufferedInputStream(count, 1 << 16);
        boolean gzip = false;
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                gzip = true;
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            in.mark(SNIFF_BYTES + 1);
            byte[] prefix = in.readNBytes(SNIFF_BYTES);
            in.reset();
            boolean truncated = prefix.length == SNIFF_BYTES;
            if (isBlank(prefix)) {
                throw new UnreadableFileException(file, "the file is empty" + (gzip ? " (after gzip)" : "")
                        + "; expected a header line and data rows in CSV (UTF-8 or Windows-1251) or an .xlsx workbook");
            }
            for (int i = 0; i < prefix.length; i++) {
                if (prefix[i] == 0) {
                    throw new UnreadableFileException(file, "the file looks binary (a NUL byte at byte " + i
                            + (gzip ? " after gzip" : "") + "); expected CSV text in UTF-8 or Windows-1251, "
                            + "gzipped or not, or an .xlsx workbook");
                }
            }
            boolean bom = prefix.length >= 3 && (prefix[0] & 0xff) == 0xEF && (prefix[1] & 0xff) == 0xBB
                    && (prefix[2] & 0xff) == 0xBF;
            Charset charset;
            if (bom) {
                in.skipNBytes(3);
                charset = StandardCharsets.UTF_8;
            } else {
                charset = isUtf8(prefix, truncated) ? StandardCharsets.UTF_8 : WINDOWS_1251;
            }
            String text = new String(prefix, bom ? 3 : 0, prefix.length - (bom ? 3 : 0), charset);
            return new TextInput(in, count, size, charset, gzip, bom, firstNonBlankLine(text));
        } catch (IOException | RuntimeException e) {
            in.close();
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            if (gzip) {
                throw new UnreadableFileException(file, "the gzip data is broken (" + e.getMessage()
                        + "); expected a complete .gz file", e);
            }
            throw e;
        }
    }

    /**
     * Opens the bytes of {@code file}, buffered.
     *
     * @throws UnreadableFileException if the file is missing or not a regular readable file
     */
    static BufferedInputStream openBytes(Path file) throws IOException {
        checkReadable(file);
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    private static void checkReadable(Path file) throws UnreadableFileException {
        if (!Files.exists(file)) {
            throw new UnreadableFileException(file, "no such file; expected a procurement file in CSV (.csv, "
                    + ".csv.gz) or XLSX");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException(file, "not a regular file (a directory?); expected a procurement file "
                    + "in CSV or XLSX");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableFileException(file, "the file is not readable (permissions)");
        }
    }

    private static boolean isBlank(byte[] prefix) {
        for (byte b : prefix) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code bytes} are valid UTF-8; with {@code truncated}, a sequence cut at the end counts as valid. */
    static boolean isUtf8(byte[] bytes, boolean truncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, !truncated);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        if (!truncated) {
            out.clear();
            return !decoder.flush(out).isError();
        }
        return in.remaining() < 4;
    }

    private static String firstNonBlankLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                return line;
            }
            start = end + 1;
        }
        return "";
    }

    /** A reader of the text, positioned after any byte order mark. */
    ChunkDecodingReader reader() {
        return new ChunkDecodingReader(stream, charset);
    }

    /** The encoding chosen. */
    Charset charset() {
        return charset;
    }

    /**
     * The fraction of the file's bytes read from disk so far (of the compressed bytes for a gzipped file), 0 to 1: at
     * most the buffers' size (a few hundred kilobytes) ahead of the rows returned.
     */
    double fractionRead() {
        return size == 0 ? 1 : Math.min(1, (double) count.bytes / size);
    }

    /** Counts the bytes read through it. */
    private static final class ByteCount extends FilterInputStream {
        private long bytes;

        ByteCount(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytes += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            bytes += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            bytes += skipped;
            return skipped;
        }
    }

    /** Whether the file was gzipped. */
    boolean gzip() {
        return gzip;
    }

    /** Whether the file started with a UTF-8 byte order mark. */
    boolean bom() {
        return bom;
    }

    /** The first non-blank line of the text (within the first bytes), stripped. */
    String firstLine() {
        return firstLine;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
