package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {

    private static final String GOOD = ",2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,false,tender";

    @TempDir
    Path dir;

    private List<ReadResult> results;
    private ReadSummary summary;

    /** One row per reason, each after a good row; line numbers are the file's (the header is line 1). */
    @BeforeEach
    void readTheFixture() throws IOException {
        String text = Fixtures.CANONICAL_HEADER + "\n"
                + "1" + GOOD + "\n"                                                                    // 2 accepted
                + "2,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,false\n"              // 3 field count
                + ",2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,false,tender\n"        // 4 missing id
                + "4,31.02.2023,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,false,tender\n"       // 5 date
                + "5,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,пять,шт.,2,10,false,tender\n"    // 6 number
                + "6,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,-5,шт.,2,10,false,tender\n"      // 7 quantity
                + "7,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,false,auction\n"      // 8 contract
                + "8,2026-01-01,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,false,tender\n"       // 9 as-of
                + "1" + GOOD + "\n"                                                                    // 10 duplicate
                + "10,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,99,false,tender\n"      // 11 warning
                + "11,2023-01-02,,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,false,tender\n"                  // 12 missing
                + "12,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,-2,-10,false,tender\n"    // 13 price
                + "13,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,может,tender\n"      // 14 flag
                + "14,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,5,шт.,2,10,false,\n"            // 15 no type
                + "4" + GOOD + "\n";                                                                   // 16 accepted
        Path file = Fixtures.write(dir, "bad.csv", text, StandardCharsets.UTF_8);
        ReadOptions options = ReadOptions.builder().asOf(YearMonth.of(2025, 12)).build();
        results = Fixtures.readAll(file, options);
        summary = Fixtures.summaryOf(file, options);
    }

    @Test
    void validate_eachBadRow_isRejectedWithItsReasonLineAndRawText() {
        List<Rejection> rejections = results.stream().filter(Rejection.class::isInstance).map(Rejection.class::cast)
                .toList();

        assertThat(rejections).extracting(Rejection::line, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, RejectReason.WRONG_FIELD_COUNT),
                org.assertj.core.groups.Tuple.tuple(4L, RejectReason.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple(5L, RejectReason.UNPARSABLE_DATE),
                org.assertj.core.groups.Tuple.tuple(6L, RejectReason.UNPARSABLE_NUMBER),
                org.assertj.core.groups.Tuple.tuple(7L, RejectReason.NON_POSITIVE_QUANTITY),
                org.assertj.core.groups.Tuple.tuple(8L, RejectReason.UNKNOWN_CONTRACT_TYPE),
                org.assertj.core.groups.Tuple.tuple(9L, RejectReason.DATE_AFTER_AS_OF),
                org.assertj.core.groups.Tuple.tuple(10L, RejectReason.DUPLICATE_RECORD_ID),
                org.assertj.core.groups.Tuple.tuple(12L, RejectReason.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple(13L, RejectReason.NEGATIVE_PRICE),
                org.assertj.core.groups.Tuple.tuple(14L, RejectReason.UNPARSABLE_FLAG));
        assertThat(rejections.get(3).raw())
                .isEqualTo("5,2023-01-02,123456789012,М,I-1,Т,J01CA04,KZ-KAR,К,пять,шт.,2,10,false,tender");
        assertThat(rejections.get(0).detail()).isEqualTo("14 fields where the header has 15");
        assertThat(rejections.get(2).detail()).contains("'31.02.2023'", "dd.MM.yyyy");
        assertThat(rejections.get(8).detail()).isEqualTo("manufacturer_id is empty");
    }

    @Test
    void validate_everyDataRow_isAcceptedOrRejected() {
        assertThat(results).hasSize(15);
        assertThat(summary.rowsRead()).isEqualTo(15);
        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.rejected()).isEqualTo(11);
        assertThat(summary.accepted() + summary.rejected()).isEqualTo(summary.rowsRead());
        assertThat(summary.rejected(RejectReason.MISSING_FIELD)).isEqualTo(2);
        assertThat(summary.rejected(RejectReason.INVALID_ENCODING)).isZero();
    }

    @Test
    void validate_amountDisagreeingWithQuantityTimesPrice_isAWarningNotARejection() {
        Accepted line11 = (Accepted) results.stream().filter(r -> r.line() == 11).findFirst().orElseThrow();

        assertThat(line11.warnings()).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo(WarningType.AMOUNT_MISMATCH);
            assertThat(w.line()).isEqualTo(11);
            assertThat(w.detail()).contains("amount 99", "5 x 2 = 10");
        });
        assertThat(summary.warnings(WarningType.AMOUNT_MISMATCH)).isEqualTo(1);
    }

    @Test
    void validate_duplicateRecordId_keepsTheFirstAcceptedRow() {
        assertThat(results.getFirst()).isInstanceOf(Accepted.class);
        assertThat(results.getFirst().line()).isEqualTo(2);
        Rejection duplicate = (Rejection) results.stream().filter(r -> r.line() == 10).findFirst().orElseThrow();
        assertThat(duplicate.detail()).contains("record_id '1'");
        // id 4 was first seen on a rejected row (line 5): the later valid row with id 4 is accepted
        assertThat(results.getLast()).isInstanceOf(Accepted.class);
        assertThat(((Accepted) results.getLast()).value().recordId()).isEqualTo("4");
    }

    @Test
    void validate_emptyContractType_isAcceptedWithoutAType() {
        Accepted line15 = (Accepted) results.stream().filter(r -> r.line() == 15).findFirst().orElseThrow();

        assertThat(line15.value().contractType()).isNull();
    }

    @Test
    void validate_invalidUtf8Bytes_areRejectedAsInvalidEncoding(@TempDir Path other) throws IOException {
        byte[] head = (Fixtures.CANONICAL_HEADER + "\n1" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] padding = new byte[TextInput.SNIFF_BYTES];
        java.util.Arrays.fill(padding, (byte) '\n');
        byte[] bad = "2,2023-01-02,123456789012,M,I-1,T,,KZ-KAR,K,5,u,2,10,false,tender\n"
                .getBytes(StandardCharsets.UTF_8);
        bad[20] = (byte) 0xFF;
        Path file = other.resolve("late-bad-byte.csv");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            out.write(head);
            out.write(padding);
            out.write(bad);
        }

        List<ReadResult> read = Fixtures.readAll(file, ReadOptions.defaults());

        assertThat(read).hasSize(2);
        assertThat(read.get(1)).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.INVALID_ENCODING);
            assertThat(r.line()).isEqualTo(3 + TextInput.SNIFF_BYTES);
        });
    }
}
