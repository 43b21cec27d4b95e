package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableFileTest {

    @TempDir
    Path dir;

    private void assertUnreadable(Path file, String... fragments) {
        assertThatThrownBy(() -> ProcurementSource.open(file, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("cannot read " + file + ": ")
                .hasMessageContainingAll(fragments)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UnreadableFileException) e).file())
                        .isEqualTo(file));
    }

    @Test
    void open_missingFile_saysSoAndWhatIsExpected() {
        assertUnreadable(dir.resolve("nowhere.csv"), "no such file", "CSV", "XLSX");
    }

    @Test
    void open_directory_isRefused() {
        assertUnreadable(dir, "not a regular file");
    }

    @Test
    void open_emptyOrBlankFile_saysEmpty() throws IOException {
        assertUnreadable(Fixtures.write(dir, "empty.csv", "", StandardCharsets.UTF_8), "empty", "header");
        assertUnreadable(Fixtures.write(dir, "blank.csv", "\r\n\n  \n", StandardCharsets.UTF_8), "empty");
        assertUnreadable(Fixtures.writeGzip(dir, "empty.csv.gz", "", StandardCharsets.UTF_8), "empty (after gzip)");
    }

    @Test
    void open_binaryFile_isRefusedNamingTheByte() throws IOException {
        Path file = dir.resolve("image.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13});
        assertUnreadable(file, "looks binary", "NUL byte at byte 8", "UTF-8 or Windows-1251");
    }

    @Test
    void open_utf16File_isRefusedAsBinary() throws IOException {
        Path file = Fixtures.write(dir, "utf16.csv", Fixtures.CANONICAL_HEADER + "\n", StandardCharsets.UTF_16LE);
        assertUnreadable(file, "looks binary");
    }

    @Test
    void open_headerWithoutTheRequiredColumns_namesWhatIsMissing() throws IOException {
        Path file = Fixtures.write(dir, "other.csv", "a;b;c\n1;2;3\n", StandardCharsets.UTF_8);
        assertUnreadable(file, "no recognisable header", "missing 'record_id' or 'Номер записи'",
                "'quantity' or 'Количество'", "the first row is [a, b, c]", "--mapping");
    }

    @Test
    void open_headerOnly_isReadableWithNoRows() throws IOException {
        Path file = Fixtures.write(dir, "header.csv", Fixtures.CANONICAL_HEADER + "\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(Fixtures.summaryOf(file, ReadOptions.defaults()).rowsRead())
                .isZero();
    }

    @Test
    void open_oldExcelWorkbook_asksForXlsxOrCsv() throws IOException {
        Path file = dir.resolve("old.xls");
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1});
        assertUnreadable(file, ".xls", "save it as .xlsx or CSV");
    }

    @Test
    void open_zipThatIsNotAWorkbook_isRefused() throws IOException {
        Path file = dir.resolve("archive.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertUnreadable(file, "xlsx");
    }

    @Test
    void read_unclosedQuote_failsNamingTheLine() throws IOException {
        StringBuilder text = new StringBuilder(Fixtures.CANONICAL_HEADER).append('\n');
        text.append("1,2023-01-02,123456789012,\"open quote,I-1\n");
        text.append("x".repeat(CsvRowSource.MAX_FIELD_CHARS + 10)).append('\n');
        Path file = Fixtures.write(dir, "unclosed.csv", text.toString(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Fixtures.readAll(file, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("unclosed.csv")
                .hasMessageContaining("unclosed quote");
    }

    @Test
    void read_gzipCutShort_failsSayingSoNotAsAQuoteProblem() throws IOException {
        StringBuilder text = new StringBuilder(Fixtures.CANONICAL_HEADER).append('\n');
        for (int i = 1; i <= 60_000; i++) {  // 4 MB: the cut is past the first MiB the encoding is decided on
            text.append(i).append(",2023-01-02,123456789012,М,I-").append(i % 97).append(",Т,,KZ-KAR,К,5,шт.,2,10,")
                    .append("false,tender\n");
        }
        Path whole = Fixtures.writeGzip(dir, "whole.csv.gz", text.toString(), StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.csv.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> Fixtures.readAll(cut, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("cannot read " + cut + ": reading failed after line ")
                .hasMessageContaining("expected a complete gzip file, not one cut short");
    }

    @Test
    void open_gzipCutWithinTheFirstMegabyte_saysTheGzipIsBroken() throws IOException {
        Path whole = Fixtures.writeGzip(dir, "small.csv.gz", Fixtures.CANONICAL_HEADER + "\n"
                + "1,2023-01-02,123456789012,М,I-1,Т,,KZ-KAR,К,5,шт.,2,10,false,tender\n".repeat(200),
                StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("small-cut.csv.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 12));

        assertUnreadable(cut, "the gzip data is broken", "expected a complete .gz file");
    }

    @Test
    void loadMapping_unknownCanonicalColumn_namesTheLine() throws IOException {
        Path mapping = Fixtures.write(dir, "m.csv", "canonical,source_header\ndate,Дата\nqty,Кол-во\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ColumnMapping.load(mapping))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("line 3: 'qty' is not a canonical column");
    }
}
