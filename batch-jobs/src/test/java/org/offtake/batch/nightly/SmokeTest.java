package org.offtake.batch.nightly;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.ProcurementFixture;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void smoke(@TempDir Path dir) throws Exception {
        ProcurementFixture f = ProcurementFixture.write(dir, YearMonth.of(2025, 12));
        int code = NightlyApp.run(List.of("--offtake.db-dir=" + dir.resolve("db")), "--input=" + f.file,
                "--as-of=2025-12", "--output=" + dir.resolve("out"));
        System.out.println(java.nio.file.Files.readString(dir.resolve("out/run-summary.json")));
        for (String n : List.of("forecasts.csv", "contract-recommendations.csv", "demand-series.csv", "rejected-lines.csv", "backtest-accuracy.csv")) {
            List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("out").resolve(n));
            System.out.println(n + " " + lines.size());
            lines.stream().limit(4).forEach(System.out::println);
        }
        assertThat(code).isZero();
    }
}
