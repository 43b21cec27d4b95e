package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.datasets.CanonicalColumn;
import org.offtake.datasets.ContractType;
import org.offtake.datasets.ProcurementLine;

class CsvReadingTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @TempDir
    Path dir;

    private static ProcurementLine accepted(ReadResult result) {
        assertThat(result).isInstanceOf(Accepted.class);
        return ((Accepted) result).value();
    }

    @Test
    void read_canonicalUtf8File_givesEveryField() throws IOException {
        Path file = Fixtures.write(dir, "p.csv", Fixtures.CANONICAL_HEADER + "\n"
                + "17,2023-03-05,123456789012,\"Химфарм, АО\",J01CA04-00001,\"Амоксициллин, капсулы, 500 мг, №16\","
                + "J01CA04,KZ-ALA,Управление здравоохранения,120,уп.,850.5,102060,true,long_term\n",
                StandardCharsets.UTF_8);

        List<ReadResult> results = Fixtures.readAll(file, ReadOptions.defaults());

        assertThat(results).hasSize(1);
        assertThat(results.getFirst().line()).isEqualTo(2);
        assertThat(accepted(results.getFirst())).isEqualTo(new ProcurementLine("17", LocalDate.of(2023, 3, 5),
                "123456789012", "Химфарм, АО", "J01CA04-00001", "Амоксициллин, капсулы, 500 мг, №16", "J01CA04",
                "KZ-ALA", "Управление здравоохранения", 120, "уп.", 850.5, 102060, true, ContractType.LONG_TERM));
    }

    @Test
    void read_russianWindows1251SemicolonFile_parsesDecimalCommasSpacesAndDottedDates() throws IOException {
        String text = Fixtures.RUSSIAN_HEADER + "\r\n"
                + "1;15.01.2023;123456789012;ТОО «Фарм»;A10BA02-1;Метформин, таблетки;A10BA02;KZ-AST;"
                + "Поликлиника №1;1 200;уп.;1 234,50;1 481 400,00;Да;Тендер\r\n"
                + "2;16.01.2023;123456789013;Pharma GmbH;A10BA02-1;Метформин, таблетки;A10BA02;KZ-AST;"
                + "Поликлиника №1;3\u00A0000,5;уп.;10,00;30\u00A0005,00;Нет;Из одного источника\r\n";
        Path file = Fixtures.write(dir, "ru.csv", text, WINDOWS_1251);

        List<ReadResult> results = Fixtures.readAll(file, ReadOptions.defaults());

        assertThat(results).extracting(ReadResult::line).containsExactly(2L, 3L);
        ProcurementLine first = accepted(results.get(0));
        assertThat(first.date()).isEqualTo(LocalDate.of(2023, 1, 15));
        assertThat(first.manufacturerName()).isEqualTo("ТОО «Фарм»");
        assertThat(first.quantity()).isEqualTo(1200);
        assertThat(first.unitPrice()).isEqualTo(1234.5);
        assertThat(first.amount()).isEqualTo(1481400);
        assertThat(first.domestic()).isTrue();
        assertThat(first.contractType()).isEqualTo(ContractType.TENDER);
        ProcurementLine second = accepted(results.get(1));
        assertThat(second.quantity()).isEqualTo(3000.5);
        assertThat(second.domestic()).isFalse();
        assertThat(second.contractType()).isEqualTo(ContractType.SINGLE_SOURCE);
        try (ProcurementSource source = ProcurementSource.open(file, ReadOptions.defaults())) {
            assertThat(source.description()).isEqualTo("CSV, windows-1251, delimiter ';'");
        }
    }

    @Test
    void read_utf8WithBomAndTabs_findsTheHeaderAndTheDelimiter() throws IOException {
        String text = "\uFEFF" + Fixtures.CANONICAL_HEADER.replace(',', '\t') + "\n"
                + "5\t2024-02-29\t123456789012\tАО «Мед»\tX-1\tШприц\t\tKZ-SHY\tБольница\t10\tшт.\t50\t500\tда\t"
                + "Долгосрочный договор\n";
        Path file = Fixtures.write(dir, "tabs.tsv", text, StandardCharsets.UTF_8);

        List<ReadResult> results = Fixtures.readAll(file, ReadOptions.defaults());

        ProcurementLine line = accepted(results.getFirst());
        assertThat(line.manufacturerName()).isEqualTo("АО «Мед»");
        assertThat(line.atcCode()).isEmpty();
        assertThat(line.contractType()).isEqualTo(ContractType.LONG_TERM);
        try (ProcurementSource source = ProcurementSource.open(file, ReadOptions.defaults())) {
            assertThat(source.description()).isEqualTo("CSV, UTF-8 with BOM, delimiter tab");
        }
    }

    @Test
    void read_quotedFieldsWithDelimitersLineBreaksAndBlankLines_keepsSourceLineNumbers() throws IOException {
        String text = "\r\n" + Fixtures.CANONICAL_HEADER + "\r\n"
                + "\r\n"
                + "1,2023-01-02,123456789012,\"Завод \"\"Здоровье\"\", ТОО\",I-1,\"Бинт,\r\nмарлевый\",,KZ-KAR,К,5,шт.,"
                + "2,10,false,tender\r\n"
                + "   \r\n"
                + "2,2023-01-03,123456789012,Завод,I-1,Бинт,,KZ-KAR,К,6,шт.,2,12,false,tender";
        Path file = Fixtures.write(dir, "quoted.csv", text, StandardCharsets.UTF_8);

        List<ReadResult> results = Fixtures.readAll(file, ReadOptions.defaults());

        assertThat(results).extracting(ReadResult::line).containsExactly(4L, 7L);
        assertThat(accepted(results.get(0)).manufacturerName()).isEqualTo("Завод \"Здоровье\", ТОО");
        assertThat(accepted(results.get(0)).itemName()).isEqualTo("Бинт,\nмарлевый");
        assertThat(accepted(results.get(1)).quantity()).isEqualTo(6);
    }

    @Test
    void fractionRead_ofAGzippedFile_growsWithTheCompressedBytesConsumed_toOneAtTheEnd() throws IOException {
        StringBuilder text = new StringBuilder(Fixtures.CANONICAL_HEADER).append('\n');
        java.util.Random random = new java.util.Random(3);
        for (int i = 1; i <= 150_000; i++) {
            // random quantities and customers, so that the file does not compress to almost nothing
            text.append("R").append(i).append(",2023-01-05,123456789012,Farm,J01DD04-00001,Item,J01DD04,KZ-ALA,C")
                    .append(random.nextInt(1_000_000)).append(',').append(1 + random.nextInt(1000))
                    .append(",pcs,1,,true,tender\n");
        }
        Path file = Fixtures.writeGzip(dir, "large.csv.gz", text.toString(), StandardCharsets.UTF_8);
        assertThat(Files.size(file)).as("larger than the readers' buffers").isGreaterThan(1_200_000);
        try (ProcurementSource source = ProcurementSource.open(file, ReadOptions.defaults())) {
            assertThat(source.expectedRows()).isEqualTo(-1);
            double previous = source.fractionRead();
            assertThat(previous).isBetween(0.0, 0.5);
            double half = Double.NaN;
            long rows = 0;
            for (ReadResult r = source.next(); r != null; r = source.next()) {
                rows++;
                double f = source.fractionRead();
                assertThat(f).isGreaterThanOrEqualTo(previous);
                previous = f;
                if (rows == 75_000) {
                    half = f;
                }
            }
            assertThat(rows).isEqualTo(150_000);
            assertThat(half).as("half the rows read: about half the compressed bytes").isBetween(0.3, 0.8);
            assertThat(previous).isEqualTo(1.0);
        }
    }

    @Test
    void read_gzippedFile_isReadTransparently() throws IOException {
        Path file = Fixtures.writeGzip(dir, "p.csv.gz", Fixtures.CANONICAL_HEADER + "\n"
                + "1,2023-01-02,123456789012,М,I-1,Т,,KZ-KAR,К,5,шт.,2,10,false,tender\n", StandardCharsets.UTF_8);

        List<ReadResult> results = Fixtures.readAll(file, ReadOptions.defaults());

        assertThat(accepted(results.getFirst()).quantity()).isEqualTo(5);
        try (ProcurementSource source = ProcurementSource.open(file, ReadOptions.defaults())) {
            assertThat(source.description()).isEqualTo("CSV, UTF-8, gzipped, delimiter ','");
        }
    }

    @Test
    void read_withMappingFile_findsColumnsByTheUsersHeaders() throws IOException {
        Path mapping = Fixtures.write(dir, "mapping.csv", "canonical,source_header\nrecord_id,№ п/п\n"
                + "date,Дата отгрузки\nquantity,\"Кол-во, уп.\"\nmanufacturer_id,БИН\nitem_code,Код\n",
                StandardCharsets.UTF_8);
        Path file = Fixtures.write(dir, "own.csv", "№ п/п;Дата отгрузки;БИН;Код;\"Кол-во, уп.\";Сумма;Лишняя\n"
                + "A-1;01.02.2023;123456789012;K-9;7;70,00;x\n", StandardCharsets.UTF_8);

        List<ReadResult> results = Fixtures.readAll(file,
                ReadOptions.builder().mapping(ColumnMapping.load(mapping)).build());

        ProcurementLine line = accepted(results.getFirst());
        assertThat(line.recordId()).isEqualTo("A-1");
        assertThat(line.itemCode()).isEqualTo("K-9");
        assertThat(line.quantity()).isEqualTo(7);
        assertThat(line.amount()).isEqualTo(70);
        assertThat(line.unitPrice()).isNaN();
        assertThat(line.contractType()).isNull();
        assertThat(ColumnMapping.load(mapping).headers()).containsEntry(CanonicalColumn.QUANTITY, "Кол-во, уп.");
    }

    @Test
    void read_headerWithOtherCaseAndSpacing_isRecognised() throws IOException {
        Path file = Fixtures.write(dir, "spaces.csv", "НОМЕР  ЗАПИСИ;дата;БИН производителя;Код товара;Количество;"
                + "Ед.изм.\n9;2023-05-06;123456789012;K;4;фл.\n", StandardCharsets.UTF_8);

        ProcurementLine line = accepted(Fixtures.readAll(file, ReadOptions.defaults()).getFirst());

        assertThat(line.unit()).isEqualTo("фл.");
        assertThat(line.date()).isEqualTo(LocalDate.of(2023, 5, 6));
    }

    @Test
    void read_writerOutput_roundTripsEveryLine() throws IOException {
        List<ProcurementLine> lines = List.of(
                new ProcurementLine("1", LocalDate.of(2020, 7, 1), "123456789012", "Name, with comma",
                        "I-1", "Item \"quoted\"\nwith break", "J01CA04", "KZ-ALA", "C", 0.5, "уп.", 1234.56,
                        617.28, true, ContractType.TENDER),
                new ProcurementLine("2", LocalDate.of(2020, 7, 2), "123456789012", "", "I-2", "", "", "", "",
                        1e7, "", Double.NaN, Double.NaN, false, null));
        Path file = dir.resolve("written.csv");
        try (ProcurementCsvWriter writer = ProcurementCsvWriter.open(file)) {
            lines.forEach(writer::write);
            assertThat(writer.linesWritten()).isEqualTo(2);
        }

        List<ReadResult> results = Fixtures.readAll(file, ReadOptions.defaults());

        assertThat(results).map(CsvReadingTest::accepted).containsExactlyElementsOf(lines);
        assertThat(java.nio.file.Files.readString(file)).startsWith(Fixtures.CANONICAL_HEADER + "\n1,2020-07-01,");
    }

    @Test
    void summary_countsByReasonAddUp() throws IOException {
        Path file = Fixtures.write(dir, "mixed.csv", Fixtures.CANONICAL_HEADER + "\n"
                + "1,2023-01-02,123456789012,М,I-1,Т,,KZ-KAR,К,5,шт.,2,10,false,tender\n"
                + "2,2023-01-02,123456789012,М,I-1,Т,,KZ-KAR,К,0,шт.,2,0,false,tender\n", StandardCharsets.UTF_8);

        ReadSummary summary = Fixtures.summaryOf(file, ReadOptions.defaults());

        assertThat(summary.rowsRead()).isEqualTo(2);
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.rejectedByReason()).containsEntry(RejectReason.NON_POSITIVE_QUANTITY, 1L);
        assertThat(summary.rejectedByReason().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        assertThat(summary.warningsByType()).isEqualTo(Map.of(WarningType.AMOUNT_MISMATCH, 0L));
    }
}
