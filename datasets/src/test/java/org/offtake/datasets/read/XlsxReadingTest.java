package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.datasets.ContractType;
import org.offtake.datasets.ProcurementLine;

class XlsxReadingTest {

    @TempDir
    Path dir;

    /** A workbook with Russian headers, real date cells, numeric cells, text cells, and {@code rows} data rows. */
    private Path workbook(int rows) throws IOException {
        Path file = dir.resolve("procurement.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle moneyStyle = workbook.createCellStyle();
            moneyStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("# ##0,00"));
            Sheet sheet = workbook.createSheet("Закуп");
            String[] header = Fixtures.RUSSIAN_HEADER.split(";");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r + (r > 2 ? 1 : 0));  // row 4 of the sheet stays empty
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(LocalDate.of(2023, 1, 1).plusDays(r % 300));
                row.getCell(1).setCellStyle(dateStyle);
                row.createCell(2).setCellValue("123456789012");
                row.createCell(3).setCellValue("ТОО «Фарм»");
                row.createCell(4).setCellValue("J01DD04-00001");
                row.createCell(5).setCellValue("Цефтриаксон, порошок, 1 г, №1");
                row.createCell(6).setCellValue("J01DD04");
                row.createCell(7).setCellValue("KZ-ALA");
                row.createCell(8).setCellValue("Больница №1");
                row.createCell(9).setCellValue(r == 2 ? 0 : 10 + r % 5);
                row.createCell(10).setCellValue("фл.");
                row.createCell(11).setCellValue(415.75);
                row.getCell(11).setCellStyle(moneyStyle);
                row.createCell(12).setCellValue((10 + r % 5) * 415.75);
                row.createCell(13).setCellValue(r % 2 == 0 ? "Да" : "Нет");
                if (r % 3 != 0) {
                    row.createCell(14).setCellValue("Тендер");
                }
                row.createCell(20).setCellValue("");  // an empty cell far to the right, as formatted sheets have
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void expectedRows_ofAWorkbook_isItsDimensionsLastRowLessTheHeader_orUnknownWithoutADimension() throws IOException {
        // POI's streaming writer records the sheet's dimension: A1:U5002 for 5,000 data rows and the empty row 4
        Path file = workbook(5000);
        try (ProcurementSource source = ProcurementSource.open(file, ReadOptions.defaults())) {
            assertThat(source.expectedRows()).isEqualTo(5001);
            assertThat(source.fractionRead()).isNaN();
        }
        Path undimensioned = dir.resolve("no-dimension.xlsx");
        rewriteSheet(file, undimensioned, xml -> xml.replaceFirst("<dimension ref=\"[^\"]*\"\\s*/>", ""));
        try (ProcurementSource source = ProcurementSource.open(undimensioned, ReadOptions.defaults())) {
            assertThat(source.expectedRows()).isEqualTo(-1);
            long rows = 0;
            while (source.next() != null) {
                rows++;
            }
            assertThat(rows).as("the workbook without a dimension is still read whole").isEqualTo(5000);
        }
    }

    @Test
    void lastRowOf_aDimensionRange() {
        assertThat(InlineStrings.lastRowOf("A1:O1925")).isEqualTo(1925);
        assertThat(InlineStrings.lastRowOf("B3")).isEqualTo(3);
        assertThat(InlineStrings.lastRowOf(null)).isEqualTo(-1);
        assertThat(InlineStrings.lastRowOf("A1:XFD")).isEqualTo(-1);
    }

    /** Copies the workbook {@code from} to {@code to} with its first sheet's XML changed by {@code change}. */
    private static void rewriteSheet(Path from, Path to, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (var in = new java.util.zip.ZipFile(from.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] bytes;
                try (var data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    String changed = change.apply(xml);
                    assertThat(changed).as("the sheet had a dimension to remove").isNotEqualTo(xml);
                    bytes = changed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    @Test
    void read_xlsx_givesDatesNumbersAndTextAsInTheCells() throws IOException {
        List<ReadResult> results = Fixtures.readAll(workbook(3), ReadOptions.defaults());

        assertThat(results).extracting(ReadResult::line).containsExactly(2L, 3L, 5L);
        ProcurementLine first = ((Accepted) results.getFirst()).value();
        assertThat(first).isEqualTo(new ProcurementLine("1", LocalDate.of(2023, 1, 2), "123456789012", "ТОО «Фарм»",
                "J01DD04-00001", "Цефтриаксон, порошок, 1 г, №1", "J01DD04", "KZ-ALA", "Больница №1", 11, "фл.",
                415.75, 4573.25, false, ContractType.TENDER));
        assertThat(results.get(1)).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.NON_POSITIVE_QUANTITY);
            assertThat(r.raw()).isEqualTo("2,2023-01-03,123456789012,ТОО «Фарм»,J01DD04-00001,"
                    + "\"Цефтриаксон, порошок, 1 г, №1\",J01DD04,KZ-ALA,Больница №1,0,фл.,415.75,4989,Да,Тендер");
        });
        assertThat(((Accepted) results.get(2)).value().contractType()).as("an empty trailing cell").isNull();
    }

    @Test
    void read_xlsxWithThousandsOfRows_streamsEveryRowOnceInOrder() throws IOException {
        Path file = workbook(5000);

        try (ProcurementSource source = ProcurementSource.open(file,
                ReadOptions.builder().asOf(YearMonth.of(2023, 12)).resumeAfter(1000).build())) {
            long expectedLine = 1002 + 1;  // data row 1001 is on sheet row 1003 (the empty row 4 is skipped)
            long count = 0;
            for (ReadResult r = source.next(); r != null; r = source.next()) {
                assertThat(r.line()).isEqualTo(expectedLine++);
                count++;
            }
            assertThat(count).isEqualTo(4000);
            assertThat(source.summary().rowsRead()).isEqualTo(5000);
            assertThat(source.summary().rejected(RejectReason.NON_POSITIVE_QUANTITY)).isEqualTo(1);
            assertThat(source.description()).isEqualTo("XLSX, first sheet");
        }
    }

    @Test
    void close_beforeTheEnd_stopsTheSheetParser() throws IOException {
        Path file = workbook(3000);
        ProcurementSource source = ProcurementSource.open(file, ReadOptions.defaults());
        assertThat(source.next()).isInstanceOf(Accepted.class);
        source.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("xlsx-rows-")
                && t.isAlive());
    }
}
