package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.forecast.SamplePaths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SpillFilesTest {

    private static final String ITEM = "J01CA04-00001";

    /** Paths whose values need all of a double's digits: 1000 x (1 + i / 7) + step / 3. */
    private static SamplePaths paths(String key, int count, int steps) {
        double[][] values = new double[count][steps];
        for (int p = 0; p < count; p++) {
            for (int t = 0; t < steps; t++) {
                values[p][t] = 1000 * (1 + p / 7.0) + t / 3.0;
            }
        }
        return SamplePaths.of(key, "ETS(M,N,M)", values);
    }

    private static ItemForecasts item() {
        double[] mean = {1234.567890123, 0.1, 1e-300, 7};
        return new ItemForecasts(17, ITEM, List.of(
                new ItemForecasts.Node(ITEM, "nonNegative(Auto(ETS(M,N,M) + DOTM))", mean, paths(ITEM, 5, 4)),
                new ItemForecasts.Node(ITEM + " / Алматы", "fallback naive (time limit)", mean.clone(),
                        paths(ITEM + " / Алматы", 5, 4)),
                new ItemForecasts.Node(ITEM + " / Астана", "", null, null)));
    }

    @Test
    void baseForecasts_readBackWithMeansExact_andPathsRoundedToFloat32(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("item-000017.paths");
        ItemForecasts written = item();

        SpillFiles.writeBase(file, written);
        ItemForecasts read = SpillFiles.readBase(file, 17, ITEM);

        assertThat(read.itemNo()).isEqualTo(17);
        assertThat(read.nodes()).hasSize(3);
        for (int n = 0; n < 3; n++) {
            ItemForecasts.Node w = written.nodes().get(n);
            ItemForecasts.Node r = read.nodes().get(n);
            assertThat(r.key()).isEqualTo(w.key());
            assertThat(r.model()).isEqualTo(w.model());
            assertThat(r.forecast()).isEqualTo(w.forecast());
            if (!w.forecast()) {
                assertThat(r.paths()).isNull();
                continue;
            }
            assertThat(r.mean()).containsExactly(w.mean());
            assertThat(r.paths().count()).isEqualTo(5);
            assertThat(r.paths().horizon()).isEqualTo(4);
            for (int p = 0; p < 5; p++) {
                for (int t = 0; t < 4; t++) {
                    double original = w.paths().value(p, t);
                    assertThat(r.paths().value(p, t)).isEqualTo((double) (float) original)
                            .isCloseTo(original, within((double) Math.ulp((float) original)));
                }
            }
        }
        // 8 bytes per mean value, 4 per path value: the paths take half of what doubles would
        assertThat(Files.size(file)).isLessThan(2L * (2 * 5 * 4 * Float.BYTES) + 2 * 4 * Double.BYTES + 400);
    }

    @Test
    void writingAgain_replacesTheFileWhole_andLeavesNoPartialFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("item-000017.paths");
        SpillFiles.writeBase(file, item());
        byte[] first = Files.readAllBytes(file);

        SpillFiles.writeBase(file, item());

        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("item-000017.paths");
        }
    }

    @Test
    void reconciledDemand_readsBackItsModelsAndPaths(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("item-000003.paths");
        SamplePaths demand = SamplePaths.of(ITEM, "reconciled (WLS structural, non-negative)",
                new double[][] {{1, 2.5, 1e8 + 1}, {0, 3, 4}});

        SpillFiles.writeReconciled(file, new ReconciledItem(3, ITEM, List.of(), demand, "nonNegative(naive)"));
        SpillFiles.Demand read = SpillFiles.readReconciled(file, 3, ITEM);

        assertThat(read.model()).isEqualTo("nonNegative(naive)");
        assertThat(read.paths().model()).isEqualTo("reconciled (WLS structural, non-negative)");
        assertThat(read.paths().seriesKey()).isEqualTo(ITEM);
        assertThat(read.paths().path(0)).containsExactly(1, 2.5, 1e8); // float32: 1e8 + 1 has no 24-bit mantissa
        assertThat(read.paths().path(1)).containsExactly(0, 3, 4);
    }

    @Test
    void anotherItemsFile_aMissingOne_andATruncatedOne_areRejectedNamingTheFile(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("item-000017.paths");
        SpillFiles.writeBase(file, item());

        assertThatThrownBy(() -> SpillFiles.readBase(file, 18, "ITEM-B")).isInstanceOf(IllegalStateException.class)
                .hasMessage(file + " holds item " + ITEM + " (number 17); expected item ITEM-B (number 18)");
        Path missing = dir.resolve("item-000099.paths");
        assertThatThrownBy(() -> SpillFiles.readBase(missing, 99, "ITEM-Z")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("item ITEM-Z (number 99): its base forecasts file " + missing + " is missing");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 30));
        assertThatThrownBy(() -> SpillFiles.readBase(file, 17, ITEM)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("item " + ITEM + " (number 17): its base forecasts file " + file
                        + " ends early");
        Files.write(file, bytes);
        assertThatThrownBy(() -> SpillFiles.readReconciled(file, 17, ITEM)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(file + " is not a version 1 reconciled demand file");
    }
}
