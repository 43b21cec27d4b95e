package org.offtake.batch.nightly;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.ConsoleCapture;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.NightlyRunner;
import org.offtake.batch.ProcurementFixture;
import org.offtake.batch.TestDatabase;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest step's progress when the rows cannot be counted before the job starts: a gzipped CSV file (the
 * committed sample's format) gives the fraction of its compressed bytes read and a time left from it; a workbook
 * gives its rows by its sheet's dimension, or, without one, says that no estimate is possible.
 */
class IngestProgressFunctionalTests {

    private static final String RATE = ", [0-9,]+\\.[0-9] a second, elapsed [0-9]+ s";

    @TempDir
    Path dir;

    @Test
    void gzippedCsv_andWorkbook_ingestWithATimeLeft_inTheJob() throws IOException {
        ProcurementFixture history = ProcurementFixture.write(dir, YearMonth.of(2025, 12));
        int rows = history.accepted + history.rejected;
        Path gzipped = dir.resolve("procurement.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(history.file, out);
        }
        Path workbook = workbook(history.file, dir.resolve("procurement.xlsx"));

        ConsoleCapture.Result gz = ConsoleCapture.run(() -> run(gzipped, "db-gz", "out-gz"));
        ConsoleCapture.Result xlsx = ConsoleCapture.run(() -> run(workbook, "db-xlsx", "out-xlsx"));

        assertThat(List.of(gz.code(), xlsx.code())).containsOnly(NightlyRunner.COMPLETED);
        // the fixture is one chunk: its line comes once the whole file has been read
        assertThat(gz.lines("ingest: ")).isNotEmpty().allMatch(l -> l.matches("ingest: " + rows + " rows "
                + "\\(100\\.0 % of the compressed input read\\)" + RATE + ", about 0 s left.*"));
        assertThat(xlsx.lines("ingest: ")).isNotEmpty().allMatch(l -> l.matches("ingest: " + rows + " / " + rows
                + " rows" + RATE + ", about 0 s left.*"));
    }

    @Test
    void gzippedCsv_partlyRead_givesTheFractionOfItsCompressedBytesAndTheTimeLeft() throws IOException {
        StringBuilder text = new StringBuilder(ProcurementFixture.HEADER).append('\n');
        Random random = new Random(5);
        for (int i = 1; i <= 100_000; i++) {
            text.append('R').append(i).append(",2025-0").append(1 + i % 9).append("-05,100000000001,Казфарм,ITEM-")
                    .append(random.nextInt(5000)).append(",Товар,J01CA04,Алматы,Больница ").append(random.nextInt(1000))
                    .append(',').append(1 + random.nextInt(900)).append(",уп.,100,,true,tender\n");
        }
        Path file = dir.resolve("large.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).as("far larger than the readers' buffers").isGreaterThan(1_000_000);

        List<String> lines = ingest(file, 25_000);

        List<String> partly = lines.stream().filter(l -> !l.contains("(100.0 %")).toList();
        assertThat(partly).as("lines before the end of the file").hasSizeGreaterThanOrEqualTo(2)
                .allMatch(l -> l.matches("ingest: [0-9,]+ rows \\([0-9]{1,2}\\.[0-9] % of the compressed input "
                        + "read\\)" + RATE + ", about [0-9,]+ s left"));
        assertThat(lines.getLast()).startsWith("ingest: 100,000 rows (100.0 % of the compressed input read)");
    }

    @Test
    void workbookWithoutADimension_saysThatNoEstimateIsPossible() throws IOException {
        ProcurementFixture history = ProcurementFixture.write(dir, YearMonth.of(2025, 12));
        Path workbook = workbook(history.file, dir.resolve("with-dimension.xlsx"));
        Path without = dir.resolve("no-dimension.xlsx");
        try (var in = new java.util.zip.ZipFile(workbook.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(without))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] bytes;
                try (var data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String stripped = xml.replaceFirst("<dimension ref=\"[^\"]*\"\\s*/>", "");
                    assertThat(stripped).as("the sheet's dimension removed").isNotEqualTo(xml);
                    bytes = stripped.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }

        assertThat(ingest(workbook, 300)).first().asString().startsWith("ingest: 300 / "
                + (history.accepted + history.rejected) + " rows, ");
        assertThat(ingest(without, 300)).isNotEmpty().allMatch(l -> l.matches("ingest: [0-9,]+ rows" + RATE
                + "; no estimate of the time left is possible: the workbook's sheet does not say how many rows it "
                + "has \\(no dimension\\)"));
    }

    private int run(Path input, String db, String out) {
        return NightlyApp.run(TestDatabase.h2(dir.resolve(db)).args(), "--input=" + input, "--as-of=2025-12",
                "--output=" + dir.resolve(out), "--offtake.backtest.every=0", "--offtake.progress-every=0s",
                "--offtake.report.enabled=false");
    }

    /** Reads {@code file} with the ingest step's reader and progress, a chunk every {@code chunk} rows; the lines. */
    private static List<String> ingest(Path file, int chunk) {
        Logger logger = (Logger) LoggerFactory.getLogger(ProgressLog.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        IngestReader reader = new IngestReader(file, YearMonth.of(2025, 12));
        try {
            ProgressLog progress = ProgressLog.standalone("ingest", "rows", Duration.ZERO, reader);
            reader.open(new ExecutionContext());
            long read = 0;
            for (Object row = reader.read(); row != null; row = reader.read()) {
                progress.afterRead(row);
                if (++read % chunk == 0) {
                    progress.afterChunk(new Chunk<>());
                }
            }
            progress.afterChunk(new Chunk<>());
        } catch (Exception e) {
            throw new AssertionError("reading " + file + " failed: " + e, e);
        } finally {
            reader.close();
            logger.detachAppender(appender);
        }
        List<String> lines = new ArrayList<>();
        appender.list.forEach(e -> lines.add(e.getFormattedMessage()));
        return lines;
    }

    /** The canonical CSV {@code csv} as a workbook of text cells, written by POI's streaming writer. */
    private static Path workbook(Path csv, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("lines");
            int r = 0;
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                Row row = sheet.createRow(r++);
                String[] cells = line.split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
