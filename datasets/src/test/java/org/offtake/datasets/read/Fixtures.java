package org.offtake.datasets.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small procurement files written by the tests themselves. */
final class Fixtures {

    static final String CANONICAL_HEADER = "record_id,date,manufacturer_id,manufacturer_name,item_code,item_name,"
            + "atc_code,region,customer,quantity,unit,unit_price,amount,domestic,contract_type";

    static final String RUSSIAN_HEADER = "Номер записи;Дата поставки;БИН производителя;Производитель;Код товара;"
            + "Наименование;Код АТХ;Регион;Заказчик;Количество;Ед. изм.;Цена за единицу;Сумма;"
            + "Отечественный производитель;Способ закупа";

    private Fixtures() {
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    static Path writeGzip(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(charset));
        }
        return file;
    }

    static List<ReadResult> readAll(Path file, ReadOptions options) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (ProcurementSource source = ProcurementSource.open(file, options)) {
            for (ReadResult result = source.next(); result != null; result = source.next()) {
                results.add(result);
            }
        }
        return results;
    }

    static ReadSummary summaryOf(Path file, ReadOptions options) throws IOException {
        try (ProcurementSource source = ProcurementSource.open(file, options)) {
            while (source.next() != null) {
                // read to the end
            }
            return source.summary();
        }
    }
}
