package org.offtake.batch.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offtake.batch.ProcurementFixture;

/**
 * {@link ProcurementFixture}'s history with names a planner output must survive: a manufacturer whose name is a
 * script tag followed by Kazakh letters, manufacturers whose names start with {@code +} and {@code -}, items named
 * like paths ({@code ../../etc/passwd}, {@code a/b\c CON}), a Cyrillic item name, and one of 300 characters. With
 * {@code shift}, ITEM-D is bought three times as much from July 2025 on, so that its forecast moves.
 */
final class PlannerFixture {

    static final String SCRIPT_NAME = "<script>alert(1)</script> Қазақ Фарм әғқңөұүһі";
    static final String FOREIGN_NAME = "+Import GmbH";
    static final String LAPSED_NAME = "-Старфарм";
    static final String LONG_NAME = "Өте ұзын атау ".repeat(22).strip();
    static final Map<String, String> ITEM_NAMES = Map.of(
            "=ITEM-A", "../../etc/passwd",
            "ITEM-B", "a/b\\c CON",
            "ITEM-C", "Ибупрофен таблетки 200 мг №20 (Қазақстан)",
            "ITEM-D", LONG_NAME);
    static final Map<String, String> MANUFACTURER_NAMES = Map.of(
            ProcurementFixture.DOMESTIC, SCRIPT_NAME,
            ProcurementFixture.FOREIGN, FOREIGN_NAME,
            ProcurementFixture.LAPSED, LAPSED_NAME);

    private PlannerFixture() {
    }

    /** Writes the history to {@code last} into {@code dir}, renamed, and returns its file. */
    static Path write(Path dir, YearMonth last, boolean shift) throws IOException {
        ProcurementFixture history = ProcurementFixture.write(dir, last);
        List<String> lines = Files.readAllLines(history.file, StandardCharsets.UTF_8);
        List<String> renamed = new ArrayList<>();
        renamed.add(lines.getFirst());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            f[3] = MANUFACTURER_NAMES.getOrDefault(f[2], f[3]);
            if (!f[5].isEmpty()) {
                f[5] = ITEM_NAMES.getOrDefault(f[4], f[5]);
            }
            if (shift && f[4].equals("ITEM-D") && f[1].compareTo("2025-07") >= 0 && f[1].startsWith("20")) {
                long quantity = Long.parseLong(f[9]) * 3;
                f[9] = Long.toString(quantity);
                f[12] = Long.toString(quantity * 100);
            }
            renamed.add(String.join(",", f));
        }
        Path file = dir.resolve("planner-" + last + ".csv");
        Files.write(file, renamed, StandardCharsets.UTF_8);
        return file;
    }
}
