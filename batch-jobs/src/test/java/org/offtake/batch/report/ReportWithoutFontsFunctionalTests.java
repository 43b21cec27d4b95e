package org.offtake.batch.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.batch.NightlyApp;
import org.offtake.batch.OfftakeBatchApplication;
import org.offtake.batch.ProcurementFixture;
import org.offtake.batch.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job on a machine where Java cannot draw text: a JVM of its own whose fontconfig finds no font (its
 * configuration file empty, its font folder empty, and a home folder without the JDK's cache of an earlier font
 * configuration), as on a machine with only a JDK. There the font manager throws at the first chart (checked by hand:
 * "Fontconfig head is null, check your fonts or fonts configuration"); the report must be written without charts,
 * say so at its top, warn in the log what to install, and the job must complete.
 */
class ReportWithoutFontsFunctionalTests {

    @Test
    void withoutFonts_theReportHasNoCharts_saysWhyAndWhatToInstall_andTheJobCompletes(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path config = dir.resolve("fonts.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig></fontconfig>\n");
        Path noFonts = Files.createDirectories(dir.resolve("no-fonts"));
        Path home = Files.createDirectories(dir.resolve("home"));
        ProcurementFixture history = ProcurementFixture.write(dir, YearMonth.of(2025, 12));
        Path output = dir.resolve("out");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                OfftakeBatchApplication.class.getName()));
        command.addAll(TestDatabase.h2(dir.resolve("db")).args());
        command.addAll(NightlyApp.TEST_SETTINGS);
        command.addAll(List.of("--input=" + history.file, "--as-of=2025-12", "--output=" + output,
                "--offtake.backtest.every=0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("job.log").toFile());
        builder.environment().put("FONTCONFIG_FILE", config.toString());
        builder.environment().put("FONTCONFIG_PATH", noFonts.toString());
        Process job = builder.start();
        assertThat(job.waitFor(5, TimeUnit.MINUTES)).as("ended in time").isTrue();
        String log = Files.readString(dir.resolve("job.log"));

        assertThat(job.exitValue()).as("exit code; log:%n%s", log).isZero();
        List<String> warnings = log.lines().filter(l -> l.contains("the HTML report is written without charts"))
                .toList();
        assertThat(warnings).as("the warning (the failure to draw was reproduced); log:%n%s", log).hasSize(1);
        assertThat(warnings.getFirst()).contains(" WARN ", "Java cannot draw them on this machine (java.lang.",
                "apt-get install fontconfig fonts-dejavu-core", "--report-only=true");
        assertThat(log).contains("nightlyForecast for 2025-12 COMPLETED in ");

        String html = Files.readString(output.resolve("report-2025-12.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<p class=\"note\" id=\"no-charts\">The charts are left out of this report: this "
                + "machine could not draw them (java.lang.").contains("apt-get install fontconfig "
                + "fonts-dejavu-core), write the report again with --report-only=true.");
        assertThat(html).doesNotContain("data:image/png").doesNotContain("<img");
        // every recommendation still has its section, with its figures, and a line where the chart would be
        long recommendations = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(output.resolve("run-summary.json").toFile()).get("recommendations").asLong();
        assertThat(recommendations).isPositive();
        assertThat(html.split("<section class=\"pair\"", -1)).hasSize(1 + (int) recommendations);
        assertThat(html.split("No chart: it could not be drawn on this machine", -1)).hasSize(1 + (int) recommendations);
        assertThat(output.resolve("offtake-2025-12.xlsx")).isRegularFile();
    }
}
