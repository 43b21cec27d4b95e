package org.offtake.benchmarks;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.offtake.datasets.read.ProcurementSource;
import org.offtake.datasets.read.ReadOptions;

/**
 * {@code csv-read --input FILE [--repeat N] [--as-of YYYY-MM]}: how fast a UTF-8 procurement CSV is read and
 * validated, and what its parts cost, each pass repeated: the reader itself ({@link ProcurementSource} on the file:
 * decoding, splitting into fields and validating every row), and, on the file's bytes already in memory, the JDK's
 * UTF-8 decoding alone (a quarter of a megabyte at a time, as the reader decodes) and univocity-parsers' splitting
 * alone (the library the reader uses, on the decoded text). The two parts add up to the least time any reader built
 * on them can take. Run it under {@code taskset -c 0} for one core; give the heap room for the file twice (bytes and
 * characters). The first repetition includes the JIT compiler's work, which on one core shares that core.
 */
final class CsvReadCommand {

    private static final int CHUNK = 1 << 18;

    private CsvReadCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Options options = Options.parse("csv-read", args, Set.of("input", "repeat", "as-of"));
        Path input = Path.of(options.required("input"));
        int repeat = options.positiveInt("repeat", 3);
        YearMonth asOf = YearMonth.parse(options.optional("as-of", "2099-12"));
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("csv-read: --input " + input + " is not a file; expected a UTF-8 "
                    + "procurement CSV such as the generator's procurement.csv");
        }
        byte[] bytes = Files.readAllBytes(input);
        CharBuffer text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        for (int r = 1; r <= repeat; r++) {
            long t0 = System.nanoTime();
            long rows = readAndValidate(input, asOf);
            long t1 = System.nanoTime();
            long chars = decode(bytes);
            long t2 = System.nanoTime();
            long split = split(text);
            long t3 = System.nanoTime();
            double read = (t1 - t0) / 1e9;
            double decoding = (t2 - t1) / 1e9;
            double splitting = (t3 - t2) / 1e9;
            out.printf(Locale.ROOT, "repetition %d: read and validate %.2f s (%,d rows, %,.0f lines/s); decoding "
                    + "alone %.2f s (%,d chars); splitting alone %.2f s (%,d rows); decoding + splitting %.2f s "
                    + "(%,.0f lines/s)%n", r, read, rows, rows / read, decoding, chars, splitting, split,
                    decoding + splitting, split / (decoding + splitting));
        }
    }

    private static long readAndValidate(Path input, YearMonth asOf) throws IOException {
        long rows = 0;
        try (ProcurementSource source = ProcurementSource.open(input, ReadOptions.builder().asOf(asOf).build())) {
            while (source.next() != null) {
                rows++;
            }
        }
        return rows;
    }

    /** Decodes {@code bytes} a chunk at a time, each chunk ending at a line feed (which no UTF-8 sequence holds). */
    private static long decode(byte[] bytes) {
        long chars = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = Math.min(bytes.length, start + CHUNK);
            if (end < bytes.length) {
                while (end > start + 1 && bytes[end - 1] != '\n') {
                    end--;
                }
            }
            chars += new String(bytes, start, end - start, StandardCharsets.UTF_8).length();
            start = end;
        }
        return chars;
    }

    /**
     * Splits {@code text} into rows with univocity-parsers: its defaults (the reader's own settings, which keep
     * whitespace and detect the line separator, take the same time on this text), on the calling thread.
     */
    private static long split(CharBuffer text) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setReadInputOnSeparateThread(false);
        settings.setMaxCharsPerColumn(1 << 20);
        CsvParser parser = new CsvParser(settings);
        parser.beginParsing(new CharArrayReader(text.array(), text.arrayOffset(), text.limit()));
        long rows = 0;
        while (parser.parseNext() != null) {
            rows++;
        }
        return rows - 1;
    }
}
