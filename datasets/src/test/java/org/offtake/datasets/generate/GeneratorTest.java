package org.offtake.datasets.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offtake.datasets.read.ProcurementCsvWriter;

class GeneratorTest {

    @TempDir
    Path dir;

    private static byte[] csvOf(GeneratorProfile profile, long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProcurementCsvWriter writer = ProcurementCsvWriter.of(new OutputStreamWriter(bytes,
                StandardCharsets.UTF_8))) {
            ProcurementGenerator.of(profile, seed).generate(writer::write, null);
        }
        return bytes.toByteArray();
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    @Test
    void generate_sameProfileAndSeed_givesTheSameBytes() {
        GeneratorProfile small = GeneratorProfile.sample().toBuilder().items(5).years(2).build();

        assertThat(csvOf(small, 42)).isEqualTo(csvOf(small, 42));
        assertThat(csvOf(small, 42)).isNotEqualTo(csvOf(small, 43));
    }

    @Test
    void generate_calledTwiceOnOneGenerator_givesTheSameLines() {
        ProcurementGenerator generator = ProcurementGenerator.of(GeneratorProfile.sample().toBuilder().items(4)
                .years(2).build(), 9);
        java.util.List<org.offtake.datasets.ProcurementLine> first = new java.util.ArrayList<>();
        java.util.List<org.offtake.datasets.ProcurementLine> second = new java.util.ArrayList<>();

        generator.generate(first::add, null);
        generator.generate(second::add, null);

        assertThat(second).isNotEmpty().isEqualTo(first);
    }

    /** The committed sample must never drift from the code: regenerating it gives the same bytes. */
    @Test
    void sample_committedOutput_isWhatTheGeneratorWritesWithSeed1() throws IOException {
        ProcurementGenerator.of(GeneratorProfile.sample(), 1).writeTo(dir, true, true);

        assertThat(gunzip(dir.resolve("procurement.csv.gz")))
                .isEqualTo(gunzip(Path.of("sample", "procurement.csv.gz")));
        assertThat(gunzip(dir.resolve("expected-demand.csv.gz")))
                .isEqualTo(gunzip(Path.of("sample", "expected-demand.csv.gz")));
    }

    @Test
    void writeTo_withTruth_writesBothFilesWithTheirHeaders() throws IOException {
        GeneratorProfile small = GeneratorProfile.sample().toBuilder().items(3).years(2).build();

        GenerationSummary summary = ProcurementGenerator.of(small, 5).writeTo(dir, true, false);

        var lines = Files.readAllLines(dir.resolve("procurement.csv"));
        var expected = Files.readAllLines(dir.resolve("expected-demand.csv"));
        assertThat(lines).hasSize((int) summary.lines() + 1);
        assertThat(lines.getFirst()).isEqualTo(org.offtake.datasets.CanonicalColumn.header());
        assertThat(expected.getFirst()).isEqualTo("item_code,region,period,expected_quantity");
        assertThat(expected).hasSize(3 * 20 * 24 + 1);
        assertThat(expected.get(1)).matches("[A-Z0-9]+-\\d{5},KZ-[A-Z]{3},2019-01,\\d+(\\.\\d{1,3})?");
    }

    @Test
    void appendThousandths_roundsAndDropsTrailingZeros() {
        StringBuilder out = new StringBuilder();
        ProcurementGenerator.appendThousandths(12.34567, out);
        out.append(' ');
        ProcurementGenerator.appendThousandths(3.1, out);
        out.append(' ');
        ProcurementGenerator.appendThousandths(7, out);
        out.append(' ');
        ProcurementGenerator.appendThousandths(0.0004, out);
        out.append(' ');
        ProcurementGenerator.appendThousandths(0.05, out);
        assertThat(out).hasToString("12.346 3.1 7 0 0.05");
    }

    @Test
    void profiles_builtInSizesAreAsDocumented() {
        GeneratorProfile national = GeneratorProfile.named("national");
        assertThat(national.items()).isEqualTo(2000);
        assertThat(national.manufacturers()).isEqualTo(150);
        assertThat(national.domesticShare()).isEqualTo(0.4);
        assertThat(national.months()).isEqualTo(72);
        GeneratorProfile sample = GeneratorProfile.named("sample");
        assertThat(sample.items()).isEqualTo(8);
        assertThat(sample.months()).isEqualTo(48);
        assertThat(sample.patternShares().values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(1.0);
    }

    @Test
    void profiles_badValues_sayTheValidRange() {
        assertThatThrownBy(() -> GeneratorProfile.named("huge")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown profile 'huge'; the built-in profiles are sample and national");
        assertThatThrownBy(() -> GeneratorProfile.builder().items(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("items must be in [1, 100000], was 0");
        assertThatThrownBy(() -> GeneratorProfile.builder().domesticShare(1.5))
                .hasMessage("domesticShare must be in [0.0, 1.0], was 1.5");
        assertThatThrownBy(() -> GeneratorProfile.builder().patternShare(DemandPattern.LUMPY, 0.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the demand pattern shares must add up to 1");
        assertThatThrownBy(() -> GeneratorProfile.builder().growingShare(0.7).decliningShare(0.4).build())
                .hasMessage("growingShare + decliningShare must be at most 1, were 0.7 + 0.4");
    }

    @Test
    void bins_generatedAreValidAndAChangedDigitIsNot() {
        Rng rng = Rng.of(3);
        for (int i = 0; i < 1000; i++) {
            String bin = Bins.next(rng, i % 2 == 0);
            assertThat(Bins.isValid(bin)).as(bin).isTrue();
            char changed = bin.charAt(11) == '9' ? '0' : (char) (bin.charAt(11) + 1);
            assertThat(Bins.isValid(bin.substring(0, 11) + changed)).isFalse();
        }
        assertThat(Bins.control("19024000000")).isEqualTo((1 * 1 + 9 * 2 + 0 * 3 + 2 * 4 + 4 * 5) % 11);
    }

    @Test
    void regions_areTheTwentyOfKazakhstanWeightedByPopulation() {
        assertThat(Regions.KAZAKHSTAN).hasSize(20);
        assertThat(Regions.KAZAKHSTAN).extracting(Region::code).doesNotHaveDuplicates();
        assertThat(Regions.totalPopulation()).isBetween(19_500, 20_300);
        assertThat(Regions.KAZAKHSTAN.stream().mapToDouble(Regions::weight).sum()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-12));
    }
}
