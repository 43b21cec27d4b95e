package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.TimeSeries;

class EngineCommandTest {

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EngineCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String checksum(String output) {
        return output.substring(output.indexOf("checksum ") + "checksum ".length()).trim();
    }

    @Test
    void checksum_isTheSameOnOneAndTwoThreads() {
        String one = run("--series", "30", "--length", "48", "--threads", "1", "--model", "ets");
        String two = run("--series", "30", "--length", "48", "--threads", "2", "--model", "ets");
        assertThat(one).contains("30 series of 48, 1 thread(s), model ETS(Z,Z,Z): 30 series in")
                .contains("30 by the model, 0 by the fallback, 0 failed").contains("peak heap ");
        assertThat(checksum(two)).isEqualTo(checksum(one)).hasSize(16);
    }

    @Test
    void warmUp_isNotTimedAndLeavesTheChecksumAlone() {
        String plain = run("--series", "12", "--length", "36", "--model", "naive");
        String warmed = run("--series", "12", "--length", "36", "--model", "naive", "--warmup", "7");
        assertThat(warmed).contains("warm-up: 7 series in").contains("12 series of 36, 1 thread(s)");
        assertThat(checksum(warmed)).isEqualTo(checksum(plain));
    }

    @Test
    void negativeWarmUp_isRejectedWithTheOptionNamed() {
        assertThatThrownBy(() -> run("--series", "3", "--warmup", "-1"))
                .hasMessage("engine: --warmup must be a whole number of at least 0, was '-1'");
    }

    @Test
    void generatedSeries_areTheSameEveryRun_andNonNegative() {
        EngineCommand.Generated a = new EngineCommand.Generated(0, 5, 60);
        EngineCommand.Generated b = new EngineCommand.Generated(0, 5, 60);
        while (a.hasNext()) {
            TimeSeries x = a.next();
            TimeSeries y = b.next();
            assertThat(x).isEqualTo(y);
            assertThat(x.length()).isEqualTo(60);
            assertThat(x.stream().min().orElseThrow()).isGreaterThanOrEqualTo(0);
        }
        assertThat(b.hasNext()).isFalse();
    }
}
